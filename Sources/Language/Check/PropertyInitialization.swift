/// The flow walk behind `requireSingleInitialization`: over an initialiser's body, which stored
/// properties the paths reaching a statement may have set (a `let` set again is an error) and
/// which every such path has set (a `return` before all are is an error).
struct PropertyInitialization {
    /// Properties some path reaching the walk's position has set.
    private var maybe: Set<String>
    /// Properties every path reaching the walk's position has set.
    private var definite: Set<String>
    private let lets: Set<String>
    /// Stored properties that must be set: no initial value, not an optional `var`, not `lazy`.
    private let required: Set<String>
    private let all: Set<String>
    private var loopDepth = 0
    private(set) var repeated: [(name: String, loc: Loc)] = []
    /// A bare `return` reached before every required property is set, with one it misses.
    private(set) var incompleteReturns: [(name: String, loc: Loc)] = []

    init(_ properties: [StoredProperty]) {
        all = Set(properties.map(\.name.name))
        lets = Set(properties.filter(\.isLet).map(\.name.name))
        let preset = Set(properties.filter { $0.initialValue != nil }.map(\.name.name))
        required = Set(properties.filter { property in
            guard property.initialValue == nil, !property.isLazy else { return false }
            switch property.name.declaredType {
            case .optional?, .implicitlyUnwrapped?: return property.isLet
            default: return true
            }
        }.map(\.name.name))
        maybe = preset
        definite = preset
    }

    /// Required properties not set on every path to where the walk is, sorted.
    var missing: [String] { required.subtracting(definite).sorted() }

    mutating func walk(_ statements: [Stmt]) {
        for statement in statements { walk(statement) }
    }

    /// Walks alternative blocks from the current state and joins the paths that go on (do not
    /// return, throw, break or continue).
    private mutating func alternatives(_ blocks: [Block]) {
        let start = (maybe, definite)
        var joinedMaybe = start.0
        var joinedDefinite: Set<String>?
        for block in blocks {
            (maybe, definite) = start
            walk(block.statements)
            guard !block.leavesScope(inSwitch: true) else { continue }
            joinedMaybe.formUnion(maybe)
            joinedDefinite = joinedDefinite.map { $0.intersection(definite) } ?? definite
        }
        maybe = joinedMaybe
        definite = joinedDefinite ?? all
    }

    private mutating func walk(_ statement: Stmt) {
        switch statement {
        case .expression(.call(.member(.selfValue, "init", _), _, _)), .expression(.assign(.selfValue, _, _)):
            maybe = all
            definite = all
        case .expression(.assign(let target, _, _)):
            guard let (name, loc) = selfProperty(target), all.contains(name) else { return }
            if lets.contains(name), maybe.contains(name) || loopDepth > 0 { repeated.append((name, loc)) }
            maybe.insert(name)
            if loopDepth == 0 { definite.insert(name) }
        case .returnStatement(nil, let loc):
            if let name = missing.first { incompleteReturns.append((name, loc)) }
        case .ifStatement(_, let body, let elseStmt):
            alternatives([body, elseStmt.map { Block([$0]) } ?? Block([])])
        case .guardStatement(_, let body, _):
            let start = (maybe, definite)
            walk(body.statements)
            (maybe, definite) = start
        case .switchStatement(_, let cases, _):
            alternatives(cases.map(\.body))
        case .doCatch(let body, let clauses):
            alternatives([body] + clauses.map(\.body))
        case .block(let block):
            walk(block.statements)
        case .whileLoop(_, let body), .repeatLoop(let body, _), .forIn(_, _, _, let body, _):
            loopDepth += 1
            walk(body.statements)
            loopDepth -= 1
        default:
            break
        }
    }

    /// `name` or `self.name` as an assignment's target.
    private func selfProperty(_ target: Expr) -> (String, Loc)? {
        switch target {
        case .name(let ref):
            if case .implicitSelf = ref.resolution { return (ref.name, ref.loc) }
            return nil
        case .member(.selfValue, let name, let loc): return (name, loc)
        default: return nil
        }
    }
}
