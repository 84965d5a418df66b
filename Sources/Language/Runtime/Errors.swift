/// Swift's error handling: `throw`, `do`/`catch` with patterns, `try?`, `try!` and `defer`.
/// Errors a host function raises (a missing file, a shape mismatch) are catchable too, as their
/// message; traps such as an index out of range or an overflow are not, as in Swift.

/// A value thrown by `throw`, on its way to a `catch`.
struct ScriptError: Error {
    let value: Value
    let loc: Loc
}

extension Interpreter {
    /// The thrown value a `catch` sees for `error`, or nil for failures Swift does not let code catch.
    func caughtValue(_ error: Error) -> Value? {
        if let thrown = error as? ScriptError { return thrown.value }
        if let failure = error as? LocatedError, failure.isHostError { return .string(failure.message) }
        return nil
    }

    func executeDoCatch(_ body: Block, _ clauses: [CatchClause]) throws -> Flow {
        do {
            return try execute(body)
        } catch {
            guard let value = caughtValue(error) else { throw error }
            let saved = frame
            defer { frame = saved }
            for clause in clauses {
                frame = Frame.make(slotCount: clause.body.slotCount, parent: saved)
                if let implicitError = clause.implicitError {
                    try store(implicitError, value)
                } else if try !matchesAny(clause.patterns, value) {
                    continue
                }
                return try execute(clause.body.statements)
            }
            throw error
        }
    }

    /// Runs statements from a `defer` on, running the deferred blocks (latest first) however the
    /// scope is left: normally, by `return`/`break`, or by an error.
    func executeDeferring(_ statements: ArraySlice<Stmt>) throws -> Flow {
        var deferred: [Block] = []
        var flow = Flow.normal
        do {
            for statement in statements {
                if case .deferStatement(let block) = statement {
                    deferred.append(block)
                    continue
                }
                flow = try execute(statement)
                if case .normal = flow { continue }
                break
            }
        } catch {
            for block in deferred.reversed() { _ = try execute(block) }
            throw error
        }
        for block in deferred.reversed() { _ = try execute(block) }
        return flow
    }

    func evaluateTry(_ operand: Expr, forced: Bool, _ loc: Loc) throws -> Value {
        do {
            return try evaluate(operand)
        } catch {
            guard let value = caughtValue(error) else { throw error }
            if forced {
                throw LocatedError(.runtime, "'try!' expression unexpectedly raised an error: \(value.render(quoted: true))", loc)
            }
            return .none
        }
    }
}

extension Interpreter {
    /// `error.localizedDescription` of a thrown script value: its `errorDescription` when its type
    /// gives one (`LocalizedError`), else Foundation's text naming the type and the error's code
    /// (a struct's or class's is 1; an enum's counts its cases with payloads first, as Swift lays
    /// them out). Nil for a value whose type is not an `Error`.
    func localizedDescription(of object: ScriptObject, _ loc: Loc) throws -> Value? {
        let typeName = object.scriptClass.name
        guard globals.conformances(of: typeName).contains("Error") else { return nil }
        if let described = scriptMethod(object, "errorDescription"), described.isComputedProperty,
           case .string(let text) = try callScript(described, captured: nil, receiver: .object(object), .empty, loc) {
            return .string(text)
        }
        var code = 1
        if let enumCase = object.enumCase {
            let cases = object.scriptClass.decl.cases
            let ordered = cases.filter { !$0.payloadLabels.isEmpty } + cases.filter { $0.payloadLabels.isEmpty }
            code = ordered.firstIndex { $0.name == enumCase.name } ?? 0
        }
        return .string("The operation could not be completed. (\(object.scriptClass.moduleName).\(typeName) error \(code).)")
    }
}
