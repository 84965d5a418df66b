/// `deinit`: a class's deinitialiser runs when the last reference to an instance goes away, as
/// Swift's reference counting decides, because instances are Swift objects that the interpreter
/// holds exactly where the program holds them.
///
/// An instance can go away in the middle of the interpreter's own work (while a global or an
/// array element is being replaced), where running more script code is not safe. So a going
/// instance is queued, and the queue runs at the next safe point — the end of the statement that
/// released it, the return of a compiled call (a function's locals), or just before `print`
/// writes — in release order: an instance's `deinit`, then those of the properties it held, depth
/// first, as Swift frees them. Bodies run only while a cell runs: values the notebook drops between cells
/// (a cached cell's old results) go silently, as a Swift program's globals never deinitialise.
struct DeinitializerState {
    /// Whether a class with a `deinit` was declared, so that statements check the queue.
    var areDeclared = false
    var isRunningCell = false
    /// Instances released since the queue last ran, in release order, each whole.
    private(set) var queued: [ScriptObject] = []
    /// A `deinit` cannot throw or fail its caller; the first run-time error one raised stops the
    /// cell when its statements are done.
    var firstError: Error?

    mutating func startCell() {
        isRunningCell = true
        firstError = nil
    }

    mutating func enqueue(_ object: ScriptObject) {
        object.hasRunDeinitializers = true
        queued.append(object)
    }

    mutating func takeQueued() -> [ScriptObject] {
        defer { queued = [] }
        return queued
    }
}

extension Interpreter {
    /// Runs the queued `deinit` bodies, and those of the instances their release frees in turn.
    func runQueuedDeinitializers() {
        guard !deinitializers.queued.isEmpty else { return }
        var stack: [ScriptObject] = []
        while true {
            stack.append(contentsOf: deinitializers.takeQueued().reversed())
            guard let object = stack.popLast() else { return }
            runDeinitializers(of: object)
        }
    }

    /// Runs the `deinit` bodies of `object`'s class and superclasses with `object` as `self`.
    private func runDeinitializers(of object: ScriptObject) {
        for decl in object.scriptClass.deinitializers {
            do {
                _ = try callScript(decl, captured: nil, receiver: .object(object),
                                   CallArguments(values: [], labels: [], trailing: []), decl.loc)
            } catch {
                if deinitializers.firstError == nil { deinitializers.firstError = error }
            }
        }
    }
}

extension ScriptObject {
    /// Queues the `deinit` bodies of an instance about to be freed while still whole (reached
    /// through `ObjectTeardown`); false when it has none to run.
    func queueDeinitializers() -> Bool {
        guard !hasRunDeinitializers, !scriptClass.deinitializers.isEmpty, let interpreter,
              interpreter.deinitializers.isRunningCell else { return false }
        interpreter.deinitializers.enqueue(self)
        return true
    }
}
