/// Swift's definite initialisation for a `let` declared without a value (`let label: String`):
/// it may be assigned exactly once on every path before it is read, as in
/// `if score > 90 { label = "A" } else { label = "B" }`. A `var` declared without a value (and
/// not optional, which starts as nil) may be assigned any number of times, but not read before. The resolver tracks, per such constant,
/// whether the paths that reach the current statement have set it, and joins the paths of `if`,
/// `switch`, `guard`, `do`/`catch` and loops where they meet.
struct DeferredConstants {
    enum State { case unset, set, maybe }

    struct Entry {
        var state: State
        /// The function (nil at a cell's top level) and loop nesting of the declaration: an
        /// assignment from a closure or from inside a loop could run more than once.
        let function: ObjectIdentifier?
        let loopDepth: Int
        var isLet = true
    }

    /// Keyed by the declaration's location, which names a local and a global alike.
    var entries: [Loc: Entry] = [:]
    var loopDepth = 0

    /// The state after alternative paths that started from `start`; `ends` holds each path's
    /// final entries, or nil for a path that leaves (`return`, `throw`, `break`, `continue`).
    static func join(_ ends: [[Loc: Entry]?], from start: [Loc: Entry]) -> [Loc: Entry] {
        let reaching = ends.compactMap { $0 }
        var joined = start
        for loc in start.keys {
            let states = reaching.compactMap { $0[loc]?.state }
            // Code after paths that all leave is unreachable: nothing there can be misread.
            guard let first = states.first else { joined[loc]?.state = .set; continue }
            joined[loc]?.state = states.allSatisfy { $0 == first } ? first : .maybe
        }
        return joined
    }
}

extension Resolver {
    private var currentFunction: ObjectIdentifier? {
        scopes.last(where: \.isFunction).map(ObjectIdentifier.init)
    }

    /// Records the names of `let x: T` or `var x: T` (no value) as not yet initialised.
    func noteDeferredConstants(_ pattern: Pattern, isLet: Bool = true) {
        switch pattern {
        case .bind(let name):
            switch name.declaredType {
            case .optional?, .implicitlyUnwrapped?: if !isLet { return }
            default: break
            }
            deferredConstants.entries[name.loc] = DeferredConstants.Entry(
                state: .unset, function: currentFunction, loopDepth: deferredConstants.loopDepth, isLet: isLet)
        case .tuple(let items): items.forEach { noteDeferredConstants($0, isLet: isLet) }
        case .wildcard: break
        }
    }

    /// The declaration location of the `let` that `ref` names, when it is still waiting for its value.
    private func deferredDeclaration(of ref: NameRef) -> Loc? {
        let loc: Loc
        switch lookup(ref.name) {
        case .local(_, let local): loc = local.loc
        case .global(let entry): loc = entry.loc
        default: return nil
        }
        return deferredConstants.entries[loc] == nil ? nil : loc
    }

    /// `x = value` for a `let x: T` declared without a value: the one initialisation Swift allows.
    /// Returns false when `ref` is not such a constant, leaving the assignment to the usual checks.
    func initializeDeferredConstant(_ ref: NameRef) -> Bool {
        guard let loc = deferredDeclaration(of: ref), let entry = deferredConstants.entries[loc],
              entry.function == currentFunction else { return false }
        guard entry.isLet else {
            deferredConstants.entries[loc]?.state = .set
            return false
        }
        resolveName(ref)
        if entry.state != .unset || entry.loopDepth != deferredConstants.loopDepth {
            error("immutable value '\(ref.name)' may only be initialized once", ref.loc)
        }
        deferredConstants.entries[loc]?.state = .set
        return true
    }

    /// A read of a deferred constant before every path has given it its value.
    func checkInitializedBeforeUse(_ ref: NameRef) {
        guard let loc = deferredDeclaration(of: ref), let entry = deferredConstants.entries[loc],
              entry.function == currentFunction, entry.state != .set else { return }
        error("\(entry.isLet ? "constant" : "variable") '\(ref.name)' used before being initialized", ref.loc)
    }

    /// Walks alternative paths (the branches of an `if` or a `switch`) from the same state and
    /// joins them. Each path returns whether it can reach the statement after the construct.
    func alternativePaths(_ paths: [() -> Bool]) {
        let start = deferredConstants.entries
        var ends: [[Loc: DeferredConstants.Entry]?] = []
        for path in paths {
            deferredConstants.entries = start
            ends.append(path() ? deferredConstants.entries : nil)
        }
        deferredConstants.entries = DeferredConstants.join(ends, from: start)
    }

    /// A loop body, which may run no times or many (`runsAtLeastOnce`: a `repeat` body runs at
    /// least once): an assignment inside it to a constant declared outside could initialise it twice.
    func repeatedPath(runsAtLeastOnce: Bool = false, _ body: () -> Void) {
        let start = deferredConstants.entries
        deferredConstants.loopDepth += 1
        body()
        deferredConstants.loopDepth -= 1
        if runsAtLeastOnce { return }
        deferredConstants.entries = DeferredConstants.join([deferredConstants.entries, start], from: start)
    }
}
