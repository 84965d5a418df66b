/// A callable value: a script function or closure, or a bound host function or method.
public final class Function {
    public let name: String
    let kind: Kind

    enum Kind {
        /// A script function with the frame it captured and, for methods, its receiver (`self`: an
        /// object, a value of a type an extension extends, or the type itself for a static method).
        case script(FunctionDecl, captured: Frame?, receiver: Value?)
        /// Host overloads, tried in order; `receiver` is the object for a bound method.
        case host([HostOverload], receiver: Any?)
    }

    init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }
}

/// A type used as a value: either a `ScriptClass` or a host `TypeBinding`.
public class TypeValue {
    public let name: String

    init(name: String) { self.name = name }
}

/// A class declared in a cell. It may derive from another script class or from a host class
/// that a binding declared subclassable (`class CNNModel: nn.Module`).
final class ScriptClass: TypeValue {
    let decl: ClassDecl
    let superclass: ScriptClass?
    let hostBase: TypeBinding?
    /// Stored properties of this class and its script superclasses, in declaration order.
    let fieldNames: [String]
    let fieldIndex: [String: Int]
    let letFields: Set<String>
    let methods: [String: FunctionDecl]
    /// The `deinit` bodies an instance runs when it goes away: its class's first, then its
    /// superclasses', as Swift runs them.
    let deinitializers: [FunctionDecl]
    /// `weak` and `unowned` stored properties, by field index.
    let nonOwningFields: [Int: ReferenceOwnership]
    /// Stored properties with `willSet`/`didSet` observers or `lazy` initial values, by name.
    let observedFields: [String: StoredProperty]
    /// The module the type is declared in, which Swift prints before the name of a struct nested
    /// in a collection or another struct (`[main.Point(x: 1.0)]`).
    let moduleName: String

    init(decl: ClassDecl, superclass: ScriptClass?, hostBase: TypeBinding?, moduleName: String) {
        self.decl = decl
        self.moduleName = moduleName
        self.superclass = superclass
        self.hostBase = hostBase ?? superclass?.hostBase
        var names = superclass?.fieldNames ?? []
        names += decl.properties.map(\.name.name)
        fieldNames = names
        var index: [String: Int] = [:]
        for (offset, name) in names.enumerated() { index[name] = offset }
        fieldIndex = index
        letFields = (superclass?.letFields ?? []).union(decl.properties.filter(\.isLet).map(\.name.name))
        var methods = superclass?.methods ?? [:]
        for method in decl.methods where !method.isStatic { methods[method.name] = method }
        self.methods = methods
        deinitializers = [decl.deinitializer].compactMap { $0 } + (superclass?.deinitializers ?? [])
        var nonOwning = superclass?.nonOwningFields ?? [:]
        for property in decl.properties where property.ownership != .strong { nonOwning[index[property.name.name]!] = property.ownership }
        nonOwningFields = nonOwning
        var observed = superclass?.observedFields ?? [:]
        for property in decl.properties where property.willSet != nil || property.didSet != nil || property.isLazy {
            observed[property.name.name] = property
        }
        observedFields = observed
        super.init(name: decl.name.name)
    }
}

/// An instance of a script class. Host bindings see it through this API: a subclassable host
/// class gets it in its factory and can read the stored properties and call back into methods.
public final class ScriptObject {
    let scriptClass: ScriptClass
    /// Stored properties; for an enum value, its associated values.
    var fields: [Value]

    deinit {
        if !scriptClass.deinitializers.isEmpty, !hasRunDeinitializers, let interpreter, interpreter.deinitializers.isRunningCell {
            // Swift runs `deinit` with the instance intact; this one is going, so a stand-in with
            // its stored properties will be `self` there, and its own release frees the properties.
            let standIn = copy()
            fields = []
            interpreter.deinitializers.enqueue(standIn)
            return
        }
        guard !fields.isEmpty else { return }
        let held = fields
        fields = []
        ObjectTeardown.release(held)
    }
    /// For an enum value, the index of its case in the enum's declaration; -1 otherwise.
    var caseIndex = -1
    /// While its initialiser runs: property observers do not fire.
    var isInitializing = false
    /// The generic arguments written where a generic type was made (`Stack<Int>()`), for printing.
    var writtenTypeArguments: [String]?
    /// Whether the class's `deinit` bodies have run (or must not run) for this instance.
    var hasRunDeinitializers = false
    /// Indices of `lazy` stored properties not read yet.
    var pendingLazyFields: Set<Int> = []
    /// The host object created by the host base class's factory, if the class derives from one.
    public internal(set) var hostObject: Any?
    weak var interpreter: Interpreter?

    init(scriptClass: ScriptClass, interpreter: Interpreter?) {
        self.scriptClass = scriptClass
        self.fields = Array(repeating: .none, count: scriptClass.fieldNames.count)
        self.interpreter = interpreter
    }

    /// A struct instance with the same stored properties (struct values are copied, never shared
    /// while changed).
    func copy() -> ScriptObject {
        let copy = ScriptObject(scriptClass: scriptClass, interpreter: interpreter)
        copy.fields = fields
        copy.caseIndex = caseIndex
        copy.pendingLazyFields = pendingLazyFields
        copy.writtenTypeArguments = writtenTypeArguments
        return copy
    }

    var isStructValue: Bool { scriptClass.decl.isStruct }

    /// The `description` (or, inside a collection, `debugDescription`) a type gives itself, which
    /// `print` and interpolation use instead of the memberwise rendering.
    func customDescription(debug: Bool) -> String? { interpreter?.customDescription(of: self, debug: debug) }

    /// The script class's name (`CNNModel`).
    public var className: String { scriptClass.name }

    /// Stored properties in declaration order (superclass properties first), with current values.
    public var storedProperties: [(name: String, value: Value)] {
        Array(zip(scriptClass.fieldNames, fields)).map { (name: $0.0, value: $0.1) }
    }

    /// True when the script class (or a script superclass) declares method `name`.
    public func hasMethod(_ name: String) -> Bool { interpreter?.scriptMethod(self, name) != nil }

    /// Calls script method `name` with positional arguments, e.g. `forward` from a host subclass.
    public func callMethod(_ name: String, _ arguments: [Value]) throws -> Value {
        guard let interpreter, let method = interpreter.scriptMethod(self, name) else {
            throw BindingError("\(className) has no method '\(name)'")
        }
        let function = Function(name: name, kind: .script(method, captured: nil, receiver: .object(self)))
        return try interpreter.callFromHost(.function(function), arguments)
    }
}

/// Local variables of one scope activation. Slots are assigned by the resolver. The slots live
/// in the frame object's own allocation (after its header), so a call allocates once.
final class Frame: ManagedBuffer<FrameHeader, Value> {
    static func make(slotCount: Int, parent: Frame?) -> Frame {
        let frame = unsafeDowncast(create(minimumCapacity: slotCount) { _ in FrameHeader(parent: parent, slotCount: slotCount) },
                                   to: Frame.self)
        frame.withUnsafeMutablePointerToElements { $0.initialize(repeating: .void, count: slotCount) }
        return frame
    }

    deinit {
        withUnsafeMutablePointers { header, slots in _ = slots.deinitialize(count: header.pointee.slotCount) }
    }

    var parent: Frame? { header.parent }

    /// Whether slot 0 holds a struct moved in from where it is stored, for a `mutating` method
    /// that changes it in place (see `MutatingSelf.swift`).
    var ownsSelf: Bool {
        get { withUnsafeMutablePointerToHeader { $0.pointee.ownsSelf } }
        set { withUnsafeMutablePointerToHeader { $0.pointee.ownsSelf = newValue } }
    }

    /// Whether the frame has a parent, read without retaining it.
    var hasParent: Bool { withUnsafeMutablePointerToHeader { $0.pointee.parent != nil } }

    @inline(__always)
    var slots: FrameSlots { FrameSlots(base: withUnsafeMutablePointerToElements { $0 }, count: header.slotCount) }

    /// The value in slot `index`, read while the frame is kept alive. For a frame only a local
    /// refers to (one a call kept, see `callScriptKeepingFrame`): through `slots`, the frame could
    /// be released after its last use, before the slot is read.
    func value(at index: Int) -> Value {
        withUnsafeMutablePointers { header, slots in
            precondition(index >= 0 && index < header.pointee.slotCount, "frame slot out of range")
            return slots[index]
        }
    }

    /// Empties the slots, for a loop frame used again by the next iteration.
    func clear() {
        let slots = self.slots
        guard slots.count > 1 else { return }
        slots.empty()
    }

    @inline(__always)
    func ancestor(_ depth: Int) -> Frame {
        var frame = self
        for _ in 0..<depth { frame = frame.parent ?? frame }
        return frame
    }
}

/// What a frame holds besides its slots.
struct FrameHeader {
    let parent: Frame?
    let slotCount: Int
    /// The frame of a `mutating` method call that moved the receiver into its `self` (see `MutatingSelf.swift`).
    var ownsSelf = false
}

/// A frame's slots, addressed directly: no copy-on-write check and no exclusivity bookkeeping on
/// the hottest accesses of the interpreter. Valid while the frame that owns them is alive.
/// Indices come from the resolver.
struct FrameSlots {
    fileprivate let base: UnsafeMutablePointer<Value>
    let count: Int

    /// Stores `value` in slot `index`, which must be empty (`.void`, as in a new call's frame):
    /// nothing is released, so no code runs to find out what the slot held.
    func fill(_ index: Int, with value: Value) {
        precondition(index >= 0 && index < count, "frame slot out of range")
        (base + index).initialize(to: value)
    }

    /// The slots after slot 0, for a method's or initialiser's arguments: its `self` is in slot 0.
    var afterReceiver: FrameSlots { FrameSlots(base: base + 1, count: count - 1) }

    /// Sets every slot to `.void`, releasing what they held.
    func empty() {
        for index in 0..<count { base[index] = .void }
    }

    subscript(index: Int) -> Value {
        unsafeAddress {
            precondition(index >= 0 && index < count, "frame slot out of range")
            return UnsafePointer(base + index)
        }
        nonmutating unsafeMutableAddress {
            precondition(index >= 0 && index < count, "frame slot out of range")
            return base + index
        }
    }
}
