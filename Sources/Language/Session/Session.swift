import Foundation
import SwiftDiagnostics
import SwiftParser
import SwiftParserDiagnostics
import SwiftSyntax

/// An interpreter session for one notebook: the shared global scope of its cells, the host
/// bindings, the output sink for `print`, and a cancellation flag.
///
///     let session = Session(bindings: bindings) { text in collected += text }
///     let cells = try markdownCells.map { try session.compile($0) }   // every name checked first
///     for cell in cells { let shown = try session.run(cell) }          // shown: the last expression
///
/// Cells run one at a time, on a private thread with a large stack so that deep script
/// recursion meets the call-depth limit, not a stack overflow. A session is not thread-safe,
/// apart from `cancellation`, which any thread may set.
public final class Session {
    public let bindings: Bindings
    public let cancellation = CancellationFlag()
    let globals = GlobalTable()
    let registry = SourceRegistry()
    let interpreter: Interpreter
    /// Whether `StandardPrelude`'s types are declared.
    var hasStandardPrelude = false
    /// Checks library calls against the bindings' signatures as each cell compiles.
    private lazy var libraryCalls = LibraryCallChecker(bindings: bindings)

    /// `output` receives everything `print` writes, in order, for the runner to attach to a cell.
    public init(bindings: Bindings = Bindings(), output: @escaping (String) -> Void = { Swift.print($0, terminator: "") }) {
        self.bindings = bindings
        if bindings.members["print"] == nil { StandardLibrary.install(into: bindings) }
        if bindings.members["swap"] == nil { InoutCalls.install(into: bindings) }
        if bindings.members["type"] == nil { TypeFunctions.install(into: bindings) }
        interpreter = Interpreter(bindings: bindings, globals: globals, cancellation: cancellation, output: output)
    }

    /// The module name Swift would print before a nested struct's type name (`main.Point`).
    public var moduleName: String {
        get { interpreter.moduleName }
        set { interpreter.moduleName = newValue }
    }

    /// The source of the random bits that `Int.random(in:)`, `Double.random(in:)`, `Bool.random()`,
    /// `shuffled()` and `randomElement()` draw. A notebook draws from the running cell's seeded
    /// generator, so reruns print the same numbers; without a host source, a fixed-seed generator.
    public var randomBits: () -> UInt64 {
        get { interpreter.random.bits }
        set { interpreter.random.bits = newValue }
    }

    /// Replaces the output sink (e.g. one buffer per cell).
    public var output: (String) -> Void {
        get { interpreter.output }
        set { interpreter.output = newValue }
    }

    // MARK: Compiling

    /// Parses, lowers, resolves and type-checks a cell against the globals declared so far (by earlier
    /// compiled cells or by the host). Throws `LanguageErrors` with every problem found.
    public func compile(_ source: CellSource) throws -> CompiledCell {
        declareStandardPrelude(before: source)
        let cell = registry.register(source)
        let tree = Parser.parse(source: source.text)
        let converter = SourceLocationConverter(fileName: source.file, tree: tree)
        let syntaxErrors = ParseDiagnosticsGenerator.diagnostics(for: tree).filter { $0.diagMessage.severity == .error }
        if !syntaxErrors.isEmpty {
            throw LanguageErrors(errors: syntaxErrors.map { diagnostic in
                let location = diagnostic.location(converter: converter)
                let loc = Loc(cell: cell, line: Int32(location.line), column: Int32(location.column))
                return registry.languageError(LocatedError(.syntax, diagnostic.message, loc))
            })
        }
        let statements: [Stmt]
        let aliases: (declared: [String], used: Set<String>)
        do {
            let lowering = Lowering(converter: converter, cell: cell, typeAliases: globals.typeAliases, autoclosures: globals.autoclosures)
            statements = try lowering.lowerCell(tree.statements)
            globals.typeAliases = lowering.typeAliases
            globals.autoclosures = lowering.autoclosures
            aliases = (lowering.declaredTypeAliases, lowering.usedTypeAliases)
        } catch let error as LocatedError {
            throw LanguageErrors(errors: [registry.languageError(error)])
        }
        let resolver = Resolver(globals: globals, bindings: bindings, owner: "\(source.file):\(source.lineOffset)")
        resolver.resolveCell(statements)
        let checker = TypeChecker(globals: globals, bindings: bindings)
        checker.memberModifiers = MemberModifiers(tree, converter: converter, cell: cell)
        checker.checkCell(statements)
        // A library-call problem replaces the resolver's or the checker's at the same place: it carries the fix-it.
        let callProblems = libraryCalls.check(tree, converter: converter, cell: cell)
        let placed = Set(callProblems.map(\.loc))
        let problems = (resolver.errors + checker.errors).filter { !placed.contains($0.loc) } + callProblems
        if !problems.isEmpty {
            throw LanguageErrors(errors: problems.map(registry.languageError)
                .sorted { ($0.location.line, $0.location.column) < ($1.location.line, $1.location.column) })
        }
        let declared = Set(resolver.declared).union(aliases.declared)
        let analysis = CellAnalysis(declares: resolver.declared + aliases.declared,
                                    reads: resolver.read.union(aliases.used).subtracting(declared).sorted(),
                                    mutates: resolver.mutated.subtracting(declared).sorted(),
                                    declaresAccessors: TopLevelAccessors.names(in: statements))
        let members = resolver.namespaceMembers.map {
            NamespaceMember(namespace: $0.namespace, member: $0.member, location: registry.location($0.loc).0)
        }
        return CompiledCell(source: source, analysis: analysis, namespaceMembers: members, statements: statements,
                            showsFinalValue: !checker.hidesFinalValue)
    }

    /// Compiles a whole notebook in order without running anything; returns every error found.
    public func check(_ cells: [CellSource]) -> [LanguageError] {
        var errors: [LanguageError] = []
        for cell in cells {
            do { _ = try compile(cell) } catch let failure as LanguageErrors { errors += failure.errors } catch {}
        }
        return errors
    }

    // MARK: Running

    /// Runs a compiled cell and returns its displayed value: the value of its last statement when
    /// that is an expression, `.void` otherwise. Throws a located `LanguageError`.
    public func run(_ cell: CompiledCell) throws -> Value {
        let interpreter = self.interpreter
        let result = onLargeStack { () -> Result<Value, Error> in
            do { return .success(try interpreter.runCell(cell.statements)) } catch { return .failure(error) }
        }
        switch result {
        case .success(let value): return cell.showsFinalValue ? value : .void
        case .failure(let error as LocatedError): throw registry.languageError(error)
        case .failure(let error):
            throw LanguageError(.runtime, String(describing: error), at: SourceLocation(file: cell.source.file,
                                line: cell.source.lineOffset + 1, column: 1), sourceLine: "")
        }
    }

    /// Compiles and runs one cell; compile errors are thrown as `LanguageErrors`.
    public func run(_ source: CellSource) throws -> Value {
        try run(try compile(source))
    }

    /// Calls a script function or closure value from the host (e.g. a callback kept by a binding).
    public func call(_ function: Value, _ arguments: [Value]) throws -> Value {
        do { return try interpreter.callFromHost(function, arguments) } catch let error as LocatedError {
            throw registry.languageError(error)
        }
    }

    // MARK: Globals

    /// Names in the global scope (declared by compiled cells or set by the host), sorted.
    public var globalNames: [String] { globals.names }

    /// The current value of a global, or nil when it is unknown or its cell has not run.
    public func value(of name: String) -> Value? {
        guard let entry = globals.entry(name) else { return nil }
        return globals.values[entry.index]
    }

    /// Sets a global, declaring it if needed (the cache restores values this way). A name that
    /// no cell declares becomes a host-provided global that cells can read but not redeclare.
    public func setValue(_ value: Value, for name: String, isLet: Bool = true) {
        let index = globals.entry(name)?.index
            ?? globals.declare(name, isLet: isLet, owner: "host", loc: .unknown)
        globals.values[index] = value
    }

    private func onLargeStack<T>(_ body: @escaping () -> T) -> T {
        let box = ResultBox<T>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = 512 << 20
        thread.start()
        done.wait()
        // Taken out of the box: the finishing thread still holds the box for a moment, and must
        // not hold the result too (a returned array shared with it would be copied by the next
        // change).
        guard let value = box.value else { return body() }
        box.value = nil
        return value
    }
}

/// Carries a result from the evaluation thread back to the caller (which waits on a semaphore).
private final class ResultBox<T>: @unchecked Sendable {
    var value: T?
}
