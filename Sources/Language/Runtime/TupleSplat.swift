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

extension Interpreter {
    /// The parts of a lone tuple for a library function none of whose forms takes the tuple
    /// itself but one of which takes its parts (`zip(a, b).map(*)`, `.map(max)`); nil otherwise,
    /// so `print(pair)` prints the pair.
    func tupleParts(for overloads: [HostOverload], _ arguments: CallArguments) -> CallArguments? {
        func takes(_ arguments: CallArguments) -> Bool {
            overloads.contains { overload in
                if case .success = ArgumentMatching.match(overload.signature.shapes, labels: arguments.labels, trailing: arguments.trailing,
                                                          callee: overload.name, anyLabelOrder: true) { return true }
                return false
            }
        }
        guard case .tuple(let items, _)? = arguments.values.first, let parts = arguments.splattingTuple(into: items.count),
              !takes(arguments), takes(parts) else { return nil }
        return parts
    }
}
