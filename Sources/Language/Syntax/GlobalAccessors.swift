import SwiftSyntax

/// The accessors of a variable declared at the top level of a cell with a getter and maybe a
/// setter (`var area: Double { width * height }`) or with observers (`var score = 0 { didSet { … } }`).
/// The resolver files them in the global table by the variable's slot; a computed variable has no
/// value in its slot, and reading it calls its getter; writing any such variable goes through
/// its setter or its observers (see `Interpreter.readThroughAccessors`).
final class GlobalAccessors {
    let getter: FunctionDecl?
    let setter: FunctionDecl?
    let willSet: FunctionDecl?
    let didSet: FunctionDecl?
    /// While an observer runs, writing the variable stores the value without calling the
    /// observers again, as Swift does.
    var isObserving = false

    init(getter: FunctionDecl? = nil, setter: FunctionDecl? = nil, willSet: FunctionDecl? = nil, didSet: FunctionDecl? = nil) {
        self.getter = getter
        self.setter = setter
        self.willSet = willSet
        self.didSet = didSet
    }

    var functions: [FunctionDecl] { [getter, setter, willSet, didSet].compactMap { $0 } }
}

extension Lowering {
    /// `var name: T { … }` or `var name = v { willSet … didSet … }` outside a type: at the top
    /// level of a cell, a declaration whose name carries its accessors.
    func lowerGlobalAccessors(_ binding: PatternBindingSyntax, type: TypeSyntax?, isLet: Bool) throws -> Stmt {
        guard let block = binding.accessorBlock else { return try lowerBinding(binding, type: type, isLet: isLet) }
        guard itemDepth == 1, typeNames.isEmpty else {
            throw unsupported("computed variables and observers inside functions and closures", block)
        }
        guard let identifier = binding.pattern.as(IdentifierPatternSyntax.self) else {
            throw unsupported("computed variables and observers with tuple patterns", binding.pattern)
        }
        let name = NameRef(identifier.identifier.text, loc(identifier))
        name.declaredType = type.flatMap(staticType)
        if isComputed(binding) {
            if isLet { throw LocatedError(.syntax, "'let' declarations cannot be computed properties", loc(binding)) }
            guard type != nil else { throw LocatedError(.syntax, "computed property must have an explicit type", loc(identifier)) }
            if binding.initializer != nil { throw LocatedError(.syntax, "a computed variable has no initial value", loc(binding)) }
            let (getter, setter) = try lowerComputedProperty(binding, isRequirement: false)
            for function in [getter, setter].compactMap({ $0 }) { function.isMethod = false; function.isMutating = false }
            name.accessors = GlobalAccessors(getter: getter, setter: setter)
            return .declaration(.bind(name), nil, isLet: setter == nil, loc(identifier))
        }
        if isLet { throw LocatedError(.syntax, "'let' declarations cannot be observing properties", loc(block)) }
        var willSet: FunctionDecl?, didSet: FunctionDecl?
        if case .accessors(let list) = block.accessors {
            for accessor in list {
                let observer = try lowerAccessor(accessor, name: name.name, type: type)
                observer.isMethod = false
                observer.isMutating = false
                switch accessor.accessorSpecifier.tokenKind {
                case .keyword(.willSet): willSet = observer
                case .keyword(.didSet): didSet = observer
                default: throw unsupported("this kind of accessor", accessor)
                }
            }
        }
        name.accessors = GlobalAccessors(willSet: willSet, didSet: didSet)
        var value = try binding.initializer.map { try lowerExpr($0.value) }
        if let type, let initial = value { value = annotated(initial, type: type) }
        return .declaration(.bind(name), value, isLet: false, loc(identifier))
    }
}
