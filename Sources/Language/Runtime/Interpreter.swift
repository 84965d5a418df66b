/// The tree-walking evaluator (jlox's Interpreter): statements produce a `Flow`, expressions a
/// `Value`. Locals live in `Frame`s whose slots the resolver assigned; globals in the session's
/// `GlobalTable`. Errors are `LocatedError`s, mapped to Markdown locations by the session.
final class Interpreter {
    let bindings: Bindings
    let globals: GlobalTable
    let cancellation: CancellationFlag
    var output: (String) -> Void
    /// The innermost frame of locals; nil at the top level of a cell.
    var frame: Frame? {
        didSet { currentSlots = frame?.slots }
    }
    /// The slots of `frame`, kept beside it so that compiled code reads and writes a local of the
    /// current scope without retaining and releasing the frame. Valid while `frame` holds it.
    private(set) var currentSlots: FrameSlots?
    var callDepth = 0
    /// Collects expression statement values while a result-builder closure runs.
    var builderItems: [Value]?
    /// The module name types are printed with when nested (`main.Point`), as in a `main.swift`.
    var moduleName = "main"
    /// Where `Int.random(in:)`, `shuffled()` and the other standard random draws take their bits.
    let random = ScriptRandom()
    /// Deep enough for real programs, shallow enough for the evaluation thread's stack.
    let maximumCallDepth = 10_000
    /// `Stack<Double>` being called: the generic arguments the object about to be made is given.
    var pendingTypeArguments: [String]?
    /// What the generic parameters of the generic functions being run stand for (`T` → the type
    /// `Double`), innermost call last.
    var genericEnvironments: [[String: Value]] = []
    /// Values of static stored properties, by their declaration, initialised on first use.
    var staticValues: [ObjectIdentifier: Value] = [:]
    /// Members found through extensions and protocols, by type and name; refreshed when a
    /// declaration changes where members come from.
    var memberCache: [MemberKey: FunctionDecl?] = [:]
    var memberCacheGeneration = -1
    /// Stored properties whose observers are running (an observer may set its own property).
    var runningObservers: Set<ObservedField> = []
    /// Whether a cell is running, so that `deinit` bodies run (see `Deinitializers.swift`), and
    /// the first error one of them raised.
    var deinitializers = DeinitializerState()

    struct MemberKey: Hashable {
        let typeName: String
        let name: String
        let isStatic: Bool
    }

    struct ObservedField: Hashable {
        let object: ObjectIdentifier
        let index: Int
    }

    enum Flow {
        case normal, breakLoop, continueLoop
        case returned(Value)
    }

    init(bindings: Bindings, globals: GlobalTable, cancellation: CancellationFlag, output: @escaping (String) -> Void) {
        self.bindings = bindings
        self.globals = globals
        self.cancellation = cancellation
        self.output = output
    }

    /// Counts loop iterations and calls; the (locked) flag is read on every 16th only, so a tight
    /// loop does not take a lock per iteration.
    var ticks = 0

    @inline(__always)
    func checkCancellation(_ loc: Loc) throws {
        ticks &+= 1
        if ticks & 15 == 0 { try checkCancellationFlag(loc) }
    }

    /// Reads the flag; out of line, so that every loop iteration and call does not carry it.
    @inline(never)
    private func checkCancellationFlag(_ loc: Loc) throws {
        if cancellation.isCancelled { throw LocatedError(.cancelled, "evaluation was cancelled", loc) }
    }

    // MARK: Cells

    /// Runs a cell's statements at the top level; returns the value of a final expression statement.
    func runCell(_ statements: [Stmt]) throws -> Value {
        deinitializers.startCell()
        defer { deinitializers.isRunningCell = false }
        do {
            let last = try runCellStatements(statements)
            runQueuedDeinitializers()
            if let failure = deinitializers.firstError { throw failure }
            return last
        } catch let thrown as ScriptError {
            throw LocatedError(.runtime, "error thrown and not caught: \(thrown.value.render(quoted: true))", thrown.loc)
        }
    }

    private func runCellStatements(_ statements: [Stmt]) throws -> Value {
        frame = nil
        var deferred: [Block] = []
        defer { for block in deferred.reversed() { _ = try? execute(block) } }
        // Top-level functions and types can be used before their declaration, as in a Swift file.
        for statement in statements {
            if case .function = statement { _ = try execute(statement) }
        }
        for statement in statements {
            if case .classDeclaration = statement { _ = try execute(statement) }
        }
        var last: Value = .void
        let context = CompileContext(self)
        for (index, statement) in statements.enumerated() {
            if case .function = statement { continue }
            if case .classDeclaration = statement { continue }
            if case .deferStatement(let block) = statement {
                deferred.append(block)
                continue
            }
            if index == statements.count - 1, case .expression(let expr) = statement, !expr.isAssignment {
                last = try evaluate(expr)
                continue
            }
            switch try StatementCompiler.statement(statement, context)(self) {
            case .normal: runQueuedDeinitializers()
            case .returned, .breakLoop, .continueLoop: return .void
            }
        }
        return last
    }

    // MARK: Statements

    func execute(_ statements: [Stmt]) throws -> Flow {
        for (index, statement) in statements.enumerated() {
            if case .deferStatement = statement { return try executeDeferring(statements[index...]) }
            let flow = try execute(statement)
            if case .normal = flow { continue }
            return flow
        }
        return .normal
    }

    /// Runs `block` in a new frame when it declares names.
    @inline(__always)
    func execute(_ block: Block) throws -> Flow {
        guard block.slotCount > 0 else { return try execute(block.statements) }
        let saved = frame
        frame = Frame.make(slotCount: block.slotCount, parent: saved)
        defer { frame = saved }
        return try execute(block.statements)
    }

    func execute(_ statement: Stmt) throws -> Flow {
        switch statement {
        case .expression(let expr):
            let value = try evaluate(expr)
            if builderItems != nil, !value.isVoid { builderItems?.append(value) }
            return .normal
        case .declaration(let pattern, let value, _, let loc):
            let initial = try value.map { try evaluate($0) } ?? .none
            try bind(pattern, initial, loc)
            return .normal
        case .function(let name, let decl):
            try bind(.bind(name), .function(Function(name: decl.name, kind: .script(decl, captured: frame, receiver: nil))), decl.loc)
            return .normal
        case .classDeclaration(let decl):
            // An extension's members are found through the global table; it has nothing to run.
            if !decl.isExtension { try declareClass(decl) }
            return .normal
        case .ifStatement(let conditions, let body, let elseStmt):
            let saved = frame
            if body.slotCount > 0 { frame = Frame.make(slotCount: body.slotCount, parent: saved) }
            let passed: Bool
            do { passed = try test(conditions) } catch { frame = saved; throw error }
            if passed {
                defer { frame = saved }
                return try execute(body.statements)
            }
            frame = saved
            if let elseStmt { return try execute(elseStmt) }
            return .normal
        case .block(let block):
            return try execute(block)
        case .guardStatement(let conditions, let body, let loc):
            if try test(conditions) { return .normal }
            let flow = try execute(body)
            if case .normal = flow {
                throw LocatedError(.runtime, "the 'guard' body must not fall through; end it with return, break or continue", loc)
            }
            return flow
        case .whileLoop(let conditions, let body):
            while true {
                try checkCancellation(.unknown)
                let saved = frame
                if body.slotCount > 0 { frame = Frame.make(slotCount: body.slotCount, parent: saved) }
                defer { frame = saved }
                guard try test(conditions) else { break }
                switch try execute(body.statements) {
                case .breakLoop: return .normal
                case .returned(let value): return .returned(value)
                case .normal, .continueLoop: continue
                }
            }
            return .normal
        case .repeatLoop(let body, let condition):
            repeat {
                try checkCancellation(condition.loc)
                switch try execute(body) {
                case .breakLoop: return .normal
                case .returned(let value): return .returned(value)
                case .normal, .continueLoop: break
                }
            } while try truth(evaluate(condition), condition.loc)
            return .normal
        case .switchStatement(let subject, let cases, let loc):
            return try executeSwitch(subject, cases, loc)
        case .throwStatement(let value, let loc):
            throw ScriptError(value: try evaluate(value), loc: loc)
        case .doCatch(let body, let clauses):
            return try executeDoCatch(body, clauses)
        case .deferStatement:
            return .normal
        case .forIn(let pattern, let sequence, let whereClause, let body, let loc):
            return try executeFor(pattern, try evaluate(sequence), whereClause, body, loc)
        case .breakStatement:
            return .breakLoop
        case .continueStatement:
            return .continueLoop
        case .returnStatement(let value, _):
            return .returned(try value.map { try evaluate($0) } ?? .void)
        }
    }

    /// Evaluates `if`/`while`/`guard` conditions, binding `if let` names in the current frame.
    func test(_ conditions: [Condition]) throws -> Bool {
        for condition in conditions {
            switch condition {
            case .boolean(let expr):
                if try !truth(evaluate(expr), expr.loc) { return false }
            case .optionalBinding(let pattern, let expr, _):
                let value = try evaluate(expr)
                if case .none = value { return false }
                try bind(pattern, value, expr.loc)
            case .caseMatch(let pattern, let expr):
                if try !match(pattern, evaluate(expr)) { return false }
            }
        }
        return true
    }

    @inline(__always)
    func truth(_ value: Value, _ loc: Loc) throws -> Bool {
        guard case .bool(let bool) = value else {
            throw LocatedError(.runtime, "expected a Bool condition, got \(value.typeName)", loc)
        }
        return bool
    }

    /// Stores a value into the names of a pattern (already resolved to slots).
    func bind(_ pattern: Pattern, _ value: Value, _ loc: Loc) throws {
        switch pattern {
        case .bind(let ref):
            try store(ref, value)
        case .wildcard:
            break
        case .tuple(let patterns):
            let items: [Value]
            switch value {
            case .tuple(let tuple, _): items = tuple
            case .array(let array) where array.count == patterns.count: items = array
            default: throw LocatedError(.runtime, "cannot destructure \(value.typeName) into \(patterns.count) names", loc)
            }
            guard items.count == patterns.count else {
                throw LocatedError(.runtime, "cannot destructure a tuple of \(items.count) values into \(patterns.count) names", loc)
            }
            for (item, itemPattern) in zip(items, patterns) { try bind(itemPattern, item, loc) }
        }
    }

    @inline(__always)
    func store(_ ref: NameRef, _ value: Value) throws {
        switch ref.resolution {
        case .local(let depth, let slot):
            guard let frame else { throw LocatedError(.runtime, "internal: no frame for '\(ref.name)'", ref.loc) }
            frame.ancestor(depth).slots[slot] = value
        case .global(let index):
            if !globals.accessors.isEmpty, let accessors = globals.accessors[index] {
                return try writeThroughAccessors(accessors, index, ref, value)
            }
            globals.values[index] = value
        case .implicitSelf(let depth):
            makeSelfUnique(depth)
            try setMember(of: selfValue(depth, ref.loc), ref.name, value, ref.loc)
        case .constant, .unresolved:
            throw LocatedError(.runtime, "cannot assign to '\(ref.name)'", ref.loc)
        }
    }

    @inline(__always)
    func load(_ ref: NameRef) throws -> Value {
        switch ref.resolution {
        case .local(let depth, let slot):
            guard let frame else { throw LocatedError(.runtime, "internal: no frame for '\(ref.name)'", ref.loc) }
            return depth == 0 ? frame.slots[slot] : frame.ancestor(depth).slots[slot]
        case .global(let index):
            guard let value = globals.values[index] else {
                if ref.isThroughAccessors, let value = try readThroughAccessors(index, ref) { return value }
                throw noValueYet(ref)
            }
            return value
        case .constant(let value):
            return value
        case .implicitSelf(let depth):
            if ref.isSelfType { return dynamicType(of: try selfValue(depth, ref.loc)) }
            return try member(of: selfValue(depth, ref.loc), ref.name, ref.loc)
        case .unresolved:
            // Only a generic function's generic parameters are left unresolved (`T.zero`).
            if let type = genericEnvironments.last?[ref.name] { return type }
            throw unboundGenericParameter(ref.name, ref.loc)
        }
    }

    func selfValue(_ depth: Int, _ loc: Loc) throws -> Value {
        guard let frame else { throw LocatedError(.runtime, "'self' is not available here", loc) }
        return frame.ancestor(depth).slots[0]
    }
}

extension Value {
    var isVoid: Bool {
        if case .void = self { return true }
        return false
    }
}

extension Expr {
    var isAssignment: Bool {
        switch self {
        case .assign, .compoundAssign: return true
        default: return false
        }
    }
}
