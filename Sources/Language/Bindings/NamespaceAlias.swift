extension Namespace {
    /// Makes `other` reachable as the member `name` too (`torch.nn` for `nn`), so a pasted
    /// spelling and the short one name the same bindings.
    public func alias(_ name: String, to other: Namespace) {
        members[name] = .namespace(other)
    }
}
