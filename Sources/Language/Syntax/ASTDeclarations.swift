/// The AST of type declarations: classes, structs, enums, protocols and extensions, with their
/// stored properties and generic parameters.

struct StoredProperty {
    var name: NameRef
    var isLet: Bool
    var initialValue: Expr?
    /// `lazy var`: the initial value is evaluated on first read.
    var isLazy = false
    /// `willSet`/`didSet` observers, run on every assignment outside the type's initialisers.
    var willSet: FunctionDecl?
    var didSet: FunctionDecl?
    /// `weak` or `unowned`: the property refers to an instance without keeping it alive.
    var ownership = ReferenceOwnership.strong
}

/// How a stored property of a class holds the instance it refers to.
enum ReferenceOwnership {
    case strong
    /// `weak var`: reads nil once the instance has gone.
    case weak
    /// `unowned`: reading it once the instance has gone stops the program, as in Swift.
    case unowned
}

/// A generic parameter (`T: Comparable`) and the protocols its argument must conform to.
struct GenericParameter {
    var name: String
    var constraints: [String]
    /// `where C.Element == Int`: the type of the elements of a sequence the parameter stands for.
    var element: StaticType?
}

/// A class or a struct declared in a cell. Struct instances are values: they are never changed
/// in place once shared; a change makes a changed copy and stores it back where it came from.
final class ClassDecl {
    let name: NameRef
    var isStruct = false
    /// A protocol: `methods` holds its requirements (`isRequirement`), `conformances` the protocols it refines.
    var isProtocol = false
    /// An extension of the type `name` names (a script type, a protocol, or a standard type such as
    /// `Array`); `whereClause` holds its same-type requirements (`Element == Double`).
    var isExtension = false
    var whereClause: [(String, String)] = []
    /// `static`/`class` stored properties (computed ones and static methods are in `methods`).
    var staticProperties: [StoredProperty] = []
    /// Setters of computed properties, by property name; a setter's single parameter is the new value.
    var setters: [String: FunctionDecl] = [:]
    var genericParameters: [GenericParameter] = []
    /// A generic type whose methods may use its generic parameters as values (`Element.zero`, an
    /// implicit member): calls of its methods make them known while they run. Set by the resolver.
    var usesGenericParametersAsValues = false
    /// A protocol's associated types (`associatedtype Item`).
    var associatedTypes: [String] = []
    /// The type aliases a type declares (`typealias Item = Double`), which may name a protocol's
    /// associated types.
    var typeAliases: [String: StaticType] = [:]
    /// The protocols a struct or enum names (`Equatable`, `CustomStringConvertible`).
    var conformances: [String] = []
    var isEnum = false
    /// An enum's cases, in declaration order.
    var cases: [EnumCase] = []
    var superclass: Expr?
    var properties: [StoredProperty] = []
    var methods: [FunctionDecl] = []
    /// The declared initialisers (several when they differ in labels), or a struct's memberwise one.
    var initializers: [FunctionDecl] = []
    /// A class's `deinit`, run when the last reference to an instance goes away.
    var deinitializer: FunctionDecl?
    let loc: Loc
    /// Slots of the frame in which property initial values are evaluated (slot 0 is `self`).
    var propertySlotCount = 1

    init(name: NameRef, loc: Loc) {
        self.name = name
        self.loc = loc
    }
}

extension ClassDecl {
    /// The initialiser whose labels fit a call's arguments; the only one when there is one (so
    /// that a mismatch is reported against it), nil when there is none.
    /// `extra` are the initialisers the type's extensions declare.
    func initializer(labels: [String?], trailing: [Bool], among extra: [FunctionDecl] = []) -> FunctionDecl? {
        let initializers = initializers + extra
        guard initializers.count > 1 else { return initializers.first }
        return initializers.first { initializer in
            let shapes = initializer.parameters.map(\.shape)
            if case .success = ArgumentMatching.match(shapes, labels: labels, trailing: trailing, callee: "init") { return true }
            return false
        } ?? initializers.first
    }

    /// The initialiser a call with these labels runs on the first class of `chain` (the class,
    /// then its superclasses): its own that fits, else one it inherits by Swift's rules — every
    /// initialiser of its superclass when it declares no designated one, the superclass's
    /// convenience ones (an extension's initialisers are) when it overrides every designated one.
    /// When none fits, the class's own as `initializer(labels:trailing:among:)` gives it, so a
    /// mismatch is reported against that.
    static func initializer(labels: [String?], trailing: [Bool], chain: [InitializerSource]) -> FunctionDecl? {
        guard let first = chain.first else { return nil }
        // A type with no superclass (every struct) has only its own; matching them is left to the call.
        if chain.count == 1 { return first.decl.initializer(labels: labels, trailing: trailing, among: first.extensionInitializers) }
        func fits(_ initializer: FunctionDecl) -> Bool {
            if case .success = ArgumentMatching.match(initializer.parameters.map(\.shape), labels: labels, trailing: trailing, callee: "init") {
                return true
            }
            return false
        }
        var inheritsOnlyConvenience = false
        for (level, source) in chain.enumerated() {
            let available = inheritsOnlyConvenience ? source.convenience : source.designated + source.convenience
            if let match = available.first(where: fits) { return match }
            guard level + 1 < chain.count, !source.designated.isEmpty else { continue }
            let overridden = Set(source.designated.map(\.labelText))
            guard chain[level + 1].designated.allSatisfy({ overridden.contains($0.labelText) }) else { break }
            inheritsOnlyConvenience = true
        }
        return first.decl.initializer(labels: labels, trailing: trailing, among: first.extensionInitializers)
    }
}

/// A class of an initialiser chain (see `ClassDecl.initializer(labels:trailing:chain:)`) with
/// the initialisers its extensions declare.
struct InitializerSource {
    let decl: ClassDecl
    let extensionInitializers: [FunctionDecl]

    var designated: [FunctionDecl] { decl.initializers.filter { !$0.isConvenience } }
    var convenience: [FunctionDecl] { decl.initializers.filter(\.isConvenience) + extensionInitializers }
}

extension FunctionDecl {
    /// The argument labels as Swift writes them in a name (`init(wheels:_:)`), which tell overrides apart.
    var labelText: String { parameters.map { ($0.label ?? "_") + ":" }.joined() }
}

extension FunctionDecl {
    /// Whether a call with these argument labels matches the parameters (labels, defaults, variadics).
    func accepts(labels: [String?]) -> Bool {
        if labels.count == parameters.count, zip(parameters, labels).allSatisfy({ $0.label == $1 }) { return true }
        if case .success = ArgumentMatching.match(parameters.map(\.shape), labels: labels, trailing: labels.map { _ in false },
                                                  callee: name) { return true }
        return false
    }
}

/// One case of a script enum: its associated values' labels (nil for unlabelled ones) and types,
/// and its raw value when the enum has a raw type.
struct EnumCase {
    var name: String
    var payloadLabels: [String?]
    var payloadTypes: [StaticType?]
    var rawValue: Value?
}

extension FunctionDecl {
    /// The written parameter types, which tell apart methods that share a name and labels.
    var parameterTypeSignature: [String] { parameters.map { $0.type?.description ?? "_" } }
}
