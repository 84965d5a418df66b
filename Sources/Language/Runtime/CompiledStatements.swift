/// Statements pre-compiled into Swift closures: the AST is walked once, into a tree of closures
/// that hold their operands' closures, resolved slots and constants, so running them does no
/// `switch` over AST nodes and keeps no enum payloads alive.
///
/// The tree walker stays the reference. Compiled code keeps the interpreter's state (`frame`,
/// `callDepth`, `builderItems`) exactly as the tree walker keeps it, raises the same errors at
/// the same locations by calling the tree walker's own operations on every slow path, and hands
/// any node it does not compile to the tree walker whole — so both give identical results.
typealias CompiledStatement = (Interpreter) throws -> Interpreter.Flow

/// A compiled statement kept in an array. An array of bare closures holds them re-abstracted for
/// any element type, so each call through one would pass through conversion thunks; a struct
/// field keeps the closure as compiled.
struct StatementCode {
    let run: CompiledStatement
}

enum StatementCompiler {
    static func statements(_ statements: [Stmt], _ context: CompileContext) -> CompiledStatement {
        if statements.contains(where: \.isDefer) { return { try $0.execute(statements) } }
        switch statements.count {
        case 0:
            return { _ in .normal }
        case 1:
            return statement(statements[0], context)
        case 2:
            let first = statement(statements[0], context), second = statement(statements[1], context)
            return { interpreter in
                let flow = try first(interpreter)
                guard case .normal = flow else { return flow }
                return try second(interpreter)
            }
        default:
            let codes = statements.map { StatementCode(run: statement($0, context)) }
            return { interpreter in
                for code in codes {
                    let flow = try code.run(interpreter)
                    guard case .normal = flow else { return flow }
                }
                return .normal
            }
        }
    }

    static func statement(_ statement: Stmt, _ context: CompileContext) -> CompiledStatement {
        let code = statementBody(statement, context)
        guard context.runsDeinitializers else { return code }
        return { interpreter in
            let flow = try code(interpreter)
            interpreter.runQueuedDeinitializers()
            return flow
        }
    }

    private static func statementBody(_ statement: Stmt, _ context: CompileContext) -> CompiledStatement {
        switch statement {
        case .expression(let expr):
            let code = ExpressionCompiler.expression(expr, context)
            if expr.isAssignment {
                return { interpreter in
                    // An assignment's value is `.void`; matched, it needs no release.
                    if case .void = try code(interpreter) { return .normal }
                    return .normal
                }
            }
            return { interpreter in
                let value = try code(interpreter)
                if interpreter.builderItems != nil, !value.isVoid { interpreter.builderItems?.append(value) }
                return .normal
            }
        case .declaration(.bind(let ref), let value?, _, _):
            let code = ExpressionCompiler.expression(value, context)
            if case .local(0, let slot) = ref.resolution {
                return { interpreter in
                    let value = try code(interpreter)
                    try interpreter.localSlots(ref.loc)[slot] = value
                    return .normal
                }
            }
            return { interpreter in
                try interpreter.store(ref, code(interpreter))
                return .normal
            }
        case .ifStatement(let conditions, let body, let elseStmt):
            if body.slotCount == 0, conditions.count == 1, case .boolean(let condition) = conditions[0] {
                return ConditionCompiler.ifStatement(condition, statements(body.statements, context),
                                                     elseStmt.map { self.statement($0, context) }, context)
            }
            guard let test = ExpressionCompiler.conditions(conditions, context) else { break }
            return ifStatement(test, statements(body.statements, context), body.slotCount,
                               elseStmt.map { self.statement($0, context) })
        case .block(let block):
            return self.block(block, context)
        case .whileLoop(let conditions, let body):
            guard let test = ExpressionCompiler.conditions(conditions, context) else { break }
            return whileLoop(test, statements(body.statements, context), body.slotCount)
        case .forIn(let pattern, let sequence, nil, let body, let loc):
            let slot: Int?
            switch pattern {
            case .bind(let ref):
                guard case .local(0, let index) = ref.resolution else { return { try $0.execute(statement) } }
                slot = index
            case .wildcard:
                slot = nil
            case .tuple:
                return { try $0.execute(statement) }
            }
            let sequenceCode = ExpressionCompiler.expression(sequence, context)
            if let assignment = loneAssignment(body, context) {
                return forIn(sequenceCode, slot: slot, AssignmentBody(code: assignment), body, pattern, loc)
            }
            return forIn(sequenceCode, slot: slot, StatementsBody(code: statements(body.statements, context)), body, pattern, loc)
        case .returnStatement(let value, _):
            guard let value else { return { _ in .returned(.void) } }
            let code = ExpressionCompiler.expression(value, context)
            return { interpreter in .returned(try code(interpreter)) }
        case .breakStatement:
            return { _ in .breakLoop }
        case .continueStatement:
            return { _ in .continueLoop }
        default:
            break
        }
        return { try $0.execute(statement) }
    }

    static func block(_ block: Block, _ context: CompileContext) -> CompiledStatement {
        let body = statements(block.statements, context)
        let slotCount = block.slotCount
        guard slotCount > 0 else { return body }
        return { interpreter in
            let saved = interpreter.frame
            interpreter.frame = Frame.make(slotCount: slotCount, parent: saved)
            defer { interpreter.frame = saved }
            return try body(interpreter)
        }
    }

    /// As the tree walker runs it: the body's frame (if it declares names) exists while the
    /// conditions are tested, since the resolver placed the conditions in the body's scope.
    private static func ifStatement(_ test: @escaping CompiledCondition, _ body: @escaping CompiledStatement, _ slotCount: Int,
                                    _ otherwise: CompiledStatement?) -> CompiledStatement {
        return { interpreter in
            let saved = interpreter.frame
            if slotCount > 0 { interpreter.frame = Frame.make(slotCount: slotCount, parent: saved) }
            let passed: Bool
            do { passed = try test(interpreter) } catch { interpreter.frame = saved; throw error }
            if passed {
                defer { interpreter.frame = saved }
                return try body(interpreter)
            }
            interpreter.frame = saved
            if let otherwise { return try otherwise(interpreter) }
            return .normal
        }
    }

    private static func whileLoop(_ test: @escaping CompiledCondition, _ body: @escaping CompiledStatement,
                                  _ slotCount: Int) -> CompiledStatement {
        return { interpreter in
            while true {
                try interpreter.checkCancellation(.unknown)
                let saved = interpreter.frame
                if slotCount > 0 { interpreter.frame = Frame.make(slotCount: slotCount, parent: saved) }
                defer { interpreter.frame = saved }
                guard try test(interpreter) else { break }
                switch try body(interpreter) {
                case .breakLoop: return .normal
                case .returned(let value): return .returned(value)
                case .normal, .continueLoop: continue
                }
            }
            return .normal
        }
    }

    /// The expression of a block that is one assignment and nothing else, when its statement
    /// would run nothing after it (no `deinit` bodies to run).
    private static func loneAssignment(_ block: Block, _ context: CompileContext) -> CompiledExpression? {
        guard block.statements.count == 1, case .expression(let expr) = block.statements[0], expr.isAssignment,
              !context.runsDeinitializers else { return nil }
        return ExpressionCompiler.expression(expr, context)
    }

    /// `for name in sequence` over a range or an array; other sequences go to the tree walker.
    private static func forIn<Body: LoopBody>(_ sequence: @escaping CompiledExpression, slot: Int?, _ body: Body,
                                              _ block: Block, _ pattern: Pattern, _ loc: Loc) -> CompiledStatement {
        let slotCount = block.slotCount
        return { interpreter in
            let value = try sequence(interpreter)
            let loop = LoopFrames(interpreter, slotCount: slotCount, slot: slot)
            defer { loop.finish() }
            switch value {
            case .range(let lower, let upper, _):
                var index = lower
                while index < upper {
                    if let flow = try loop.iterate(.int(index), body, loc) { return flow }
                    index += 1
                }
            case .array(let items):
                // By index: each element is copied once, straight into the loop variable.
                var index = 0
                while index < items.count {
                    if let flow = try loop.iterate(items.element(index), body, loc) { return flow }
                    index += 1
                }
            default:
                loop.finish()
                return try interpreter.executeFor(pattern, value, nil, block, loc)
            }
            return .normal
        }
    }
}

/// The frames of a compiled `for` loop: each iteration gets a fresh frame, as in the tree walker
/// (a closure made in the body captures that iteration's variable), but a frame that nothing
/// captured is cleared and used again instead of allocating another. The loop's frame stays the
/// interpreter's current frame from one iteration to the next (the body restores whatever frame
/// it sets), so the interpreter's reference is the only one while nothing captured it.
struct LoopFrames {
    let interpreter: Interpreter
    let saved: Frame?
    let slotCount: Int
    /// The loop variable's slot; nil for `for _ in`.
    let slot: Int?

    init(_ interpreter: Interpreter, slotCount: Int, slot: Int?) {
        self.interpreter = interpreter
        self.saved = interpreter.frame
        self.slotCount = slotCount
        self.slot = slot
        interpreter.frame = Frame.make(slotCount: slotCount, parent: saved)
    }

    /// Runs one iteration with `item` (read only once its slot is ready) in the loop variable;
    /// returns a flow that ends the loop (break or return), or nil to go on.
    @inline(__always)
    func iterate<Body: LoopBody>(_ item: @autoclosure () -> Value, _ body: Body, _ loc: Loc) throws -> Interpreter.Flow? {
        try interpreter.checkCancellation(loc)
        if !isKnownUniquelyReferenced(&interpreter.frame) {
            interpreter.frame = Frame.make(slotCount: slotCount, parent: saved)
        } else if slotCount > 1 {
            interpreter.frame.unsafelyUnwrapped.clear()
        }
        if let slot, let slots = interpreter.currentSlots { slots.replace(slot, with: item()) }
        switch try body.run(interpreter) {
        case .breakLoop: return .normal
        case .returned(let value): return .returned(value)
        case .normal, .continueLoop: return nil
        }
    }

    func finish() { interpreter.frame = saved }
}

/// What a compiled loop runs on each iteration. The loop is compiled for each kind of body, so
/// the body's call is inlined into it.
protocol LoopBody {
    func run(_ interpreter: Interpreter) throws -> Interpreter.Flow
}

/// A body of any statements, through their compiled closure.
struct StatementsBody: LoopBody {
    let code: CompiledStatement

    @inline(__always)
    func run(_ interpreter: Interpreter) throws -> Interpreter.Flow { try code(interpreter) }
}

/// A body that is one assignment (`particles[i].x += particles[i].v * 0.01`), run as its
/// expression rather than through the statement's closure around it: it cannot break, continue or
/// return, so the loop goes on.
struct AssignmentBody: LoopBody {
    let code: CompiledExpression

    @inline(__always)
    func run(_ interpreter: Interpreter) throws -> Interpreter.Flow {
        // An assignment's value is `.void`; matched, it needs no release.
        if case .void = try code(interpreter) { return .normal }
        return .normal
    }
}

extension Stmt {
    var isDefer: Bool {
        if case .deferStatement = self { return true }
        return false
    }
}

extension Interpreter {
    /// The current frame, for a name the resolver placed in one.
    @inline(__always)
    func currentFrame(_ loc: Loc) throws -> Frame {
        guard let frame else { throw LocatedError(.runtime, "internal: no frame", loc) }
        return frame
    }

    /// The current frame's slots, for a name the resolver placed in it (depth 0).
    @inline(__always)
    func localSlots(_ loc: Loc) throws -> FrameSlots {
        guard let slots = currentSlots else { throw LocatedError(.runtime, "internal: no frame", loc) }
        return slots
    }
}
