extension Interpreter.CallArguments {
    /// One n-tuple given to a function of n parameters, taken apart: Swift passes a function of
    /// two parameters where one of a pair is expected (`zip(a, b).map(*)`, `.map(mul)`,
    /// `dictionary.map { key, value in … }`). Nil when the arguments are not a lone tuple of
    /// `parameterCount` parts.
    func splattingTuple(into parameterCount: Int) -> Self? {
        guard parameterCount > 1, values.count == 1, labels == [nil],
              case .tuple(let items, _) = values[0], items.count == parameterCount else { return nil }
        return Self(values: items, labels: items.map { _ in nil }, trailing: items.map { _ in false })
    }
}
