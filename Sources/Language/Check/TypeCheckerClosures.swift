/// A closure as the checker types it: its parameters take the types the context expects (an
/// argument's function type, `{ key, value in … }` over a pair), or the types it writes itself;
/// its result is checked against the expected one.
extension TypeChecker {
    func checkClosure(_ decl: FunctionDecl, expecting expected: StaticType?) -> StaticType? {
        var parameterTypes: [StaticType?] = []
        var expectedResult: StaticType?
        if case .function(let parameters, let result)? = expected?.unwrapped {
            parameterTypes = parameters
            // A closure over one tuple parameter may name its parts (`{ key, value in … }`).
            if decl.parameters.count > 1, parameters.count == 1, case .tuple(let parts) = parameters[0],
               parts.count == decl.parameters.count {
                parameterTypes = parts
            }
            expectedResult = result
        }
        if let expected { requireClosureArity(decl, expected: expected) }
        let saved = decl.returnType
        if saved == nil, let expectedResult, expectedResult != .void { decl.returnType = expectedResult }
        let result = checkFunction(decl, owner: nil, parameterTypes: parameterTypes)
        decl.returnType = saved
        let parameters = decl.parameters.enumerated().map { $1.type ?? ($0 < parameterTypes.count ? parameterTypes[$0] : nil) }
        guard let result, !parameters.contains(where: { $0 == nil }) else { return nil }
        return .function(parameters.compactMap { $0 }, result)
    }
}
