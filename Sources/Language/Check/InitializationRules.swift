/// A class must be able to initialise every stored property: one without an initial value (an
/// optional `var` starts as nil) needs an `init`, else Swift's `class 'K' has no initializers`.
/// (A struct gets its memberwise initialiser instead.)
extension TypeChecker {
    func requireInitializers(_ decl: ClassDecl) {
        guard !decl.isStruct, !decl.isEnum, !decl.isProtocol, !decl.isExtension, decl.initializers.isEmpty else { return }
        let uninitialized = decl.properties.filter { property in
            guard property.initialValue == nil else { return false }
            let startsAsNil: Bool
            switch property.name.declaredType {
            case .optional?, .implicitlyUnwrapped?: startsAsNil = !property.isLet
            default: startsAsNil = false
            }
            return !startsAsNil
        }
        guard let first = uninitialized.first else { return }
        error("class '\(decl.name.name)' has no initializers; give '\(first.name.name)' an initial value or write an init", decl.name.loc)
    }
}

extension TypeChecker {
    /// `var names = []` or `var counts = [:]`: nothing says what the collection holds, which Swift
    /// rejects ("empty collection literal requires an explicit type").
    func requireElementType(of value: Expr, declared: StaticType?) {
        guard declared == nil else { return }
        switch value {
        case .array(let items, let loc) where items.isEmpty:
            error("empty collection literal requires an explicit type; write e.g. 'var names: [String] = []'", loc)
        case .dictionary(let pairs, let loc) where pairs.isEmpty:
            error("empty collection literal requires an explicit type; write e.g. 'var counts: [String: Int] = [:]'", loc)
        default: break
        }
    }
}
