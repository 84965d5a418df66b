/// Swift's order of evaluation for a change through subscripts (`xs[f()].x += g()`): the index
/// expressions of the target are evaluated once each, base first, and before the right-hand side.
/// The tree walker pins the target's indices to their values first; compiled code keeps its fast
/// path only for targets where the order cannot show (see `Expr.keepsSwiftOrder`).
extension Interpreter {
    /// `target` with every subscript index replaced by its value, evaluated in Swift's order.
    func pinningIndices(_ target: Expr) throws -> Expr {
        switch target {
        case .subscriptAccess(let base, let arguments, let loc):
            let pinnedBase = try pinningIndices(base)
            var pinned = arguments
            for position in pinned.indices where !pinned[position].value.isLiteral {
                pinned[position].value = .literal(try evaluate(pinned[position].value), loc)
            }
            return .subscriptAccess(pinnedBase, pinned, loc)
        case .member(let base, let name, let loc):
            return .member(try pinningIndices(base), name, loc)
        case .forceUnwrap(let base, let loc):
            return .forceUnwrap(try pinningIndices(base), loc)
        default:
            return target
        }
    }
}

extension Expr {
    fileprivate var isLiteral: Bool {
        if case .literal = self { return true }
        return false
    }

    /// True when compiled code may evaluate this target's indices after `rhs`, and more than once:
    /// every index is a literal or a variable (evaluating one twice cannot be told apart), and
    /// no variable index is one that `rhs` could change first.
    func keepsSwiftOrder(before rhs: Expr) -> Bool {
        allIndices(\.isPlainIndex) && (allIndices { !$0.isName } || rhs.cannotAssign)
    }

    /// Whether `test` holds for every subscript index in this assignment target.
    private func allIndices(_ test: (Expr) -> Bool) -> Bool {
        switch self {
        case .subscriptAccess(let base, let arguments, _):
            return base.allIndices(test) && arguments.allSatisfy { test($0.value) }
        case .member(let base, _, _), .forceUnwrap(let base, _):
            return base.allIndices(test)
        default:
            return true
        }
    }

    private var isPlainIndex: Bool {
        switch self {
        case .literal, .number, .name: return true
        default: return false
        }
    }

    /// True when evaluating this expression cannot assign a variable: no call, closure,
    /// assignment or `inout` argument in it (an arithmetic expression over variables and
    /// properties, as in `particles[i].x += particles[i].v * dt`).
    private var cannotAssign: Bool {
        switch self {
        case .literal, .number, .name, .selfValue, .implicitMember:
            return true
        case .member(let base, _, _), .forceUnwrap(let base, _), .unary(_, let base, _), .coerce(let base, _):
            return base.cannotAssign
        case .binary(_, let lhs, let rhs, _), .and(let lhs, let rhs, _), .or(let lhs, let rhs, _),
             .nilCoalescing(let lhs, let rhs, _):
            return lhs.cannotAssign && rhs.cannotAssign
        case .subscriptAccess(let base, let arguments, _):
            return base.cannotAssign && arguments.allSatisfy(\.value.cannotAssign)
        case .ternary(let condition, let then, let otherwise, _):
            return condition.cannotAssign && then.cannotAssign && otherwise.cannotAssign
        case .array(let items, _), .tuple(let items, _, _):
            return items.allSatisfy(\.cannotAssign)
        default:
            return false
        }
    }
}
