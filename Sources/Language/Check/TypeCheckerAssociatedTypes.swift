/// Protocols' associated types at use sites: what `Item` of `protocol Container { associatedtype
/// Item; var items: [Item] { get } }` stands for in a conforming type — its `typealias Item = …`,
/// or else what its members that meet the requirements say (`var items: [Double]` makes `Item`
/// a `Double`), as Swift infers it. A protocol extension's `add(_ item: Item)` called on a `Shelf`
/// then takes a `Double`, so `shelf.add(2)` adds 2.0.
extension TypeChecker {
    func associatedTypeBindings(of typeName: String) -> [String: StaticType] {
        guard let decl = classDecl(named: typeName), decl.name.name == typeName, !decl.isProtocol else { return [:] }
        let protocols = globals.conformances(of: typeName).filter(globals.isProtocol)
        let parts = globals.parts(of: typeName)
        var bound: [String: StaticType] = [:]
        for part in parts { bound.merge(part.typeAliases) { first, _ in first } }
        for protocolName in protocols {
            for requirements in globals.parts(of: protocolName) {
                let names = Set(globals.parts(of: protocolName).flatMap(\.associatedTypes)).subtracting(bound.keys)
                guard !names.isEmpty else { continue }
                var candidates: [String: [(StaticType, Int)]] = [:]
                for requirement in requirements.methods where requirement.isRequirement {
                    guard let witness = witness(for: requirement, among: parts) else { continue }
                    let pairs = zip(requirement.parameters.compactMap(\.type), witness.parameters.compactMap(\.type))
                        + [(requirement.returnType, witness.returnType)].compactMap { pair in pair.0.flatMap { a in pair.1.map { (a, $0) } } }
                    for (written, found) in pairs {
                        collectBindings(written, found, 0, names, &candidates)
                    }
                }
                for (name, found) in candidates where bound[name] == nil {
                    if let first = found.first?.0, found.allSatisfy({ $0.0 == first }) { bound[name] = first }
                }
            }
        }
        return bound.compactMapValues(erasingGenerics)
    }

    /// The conforming type's own member that meets `requirement`: a stored property (as a computed
    /// property's type) or a method with the same labels.
    private func witness(for requirement: FunctionDecl, among parts: [ClassDecl]) -> FunctionDecl? {
        for part in parts {
            if requirement.isComputedProperty, let property = part.properties.first(where: { $0.name.name == requirement.name }) {
                let getter = FunctionDecl(name: requirement.name, parameters: [], body: [], loc: property.name.loc)
                getter.returnType = property.name.declaredType
                return getter
            }
            if let method = part.methods.first(where: { $0.name == requirement.name && !$0.isRequirement
                && $0.parameters.map(\.label) == requirement.parameters.map(\.label) }) {
                return method
            }
        }
        return nil
    }
}
