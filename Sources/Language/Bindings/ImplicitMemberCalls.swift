extension Bindings {
    /// The static method `name` when exactly one bound type declares one: what an implicit member
    /// call such as `.sgd(learningRate: 0.1)` or `.leakyRelu(alpha: 0.1)` calls. Swift picks the type
    /// from the parameter's type; bindings' parameter types are documentation, so the name must
    /// be unambiguous instead.
    func uniqueStaticMethod(_ name: String) -> Value? {
        let found = typeBindings.values.compactMap { binding -> Value? in
            guard case .function = binding.statics[name] else { return nil }
            return binding.statics[name]
        }
        return found.count == 1 ? found[0] : nil
    }
}
