/// Standard library types written in the cell language itself and declared in a session before
/// the first cell that names one compiles (most notebooks never do, and compiling them costs
/// a few milliseconds): `Result`, with the members programs use (`init(catching:)`, `get()`,
/// `map`, `mapError`, `flatMap`). They are ordinary script types of the module "Swift", so the checker, printing,
/// pattern matching and the cache treat them like a cell's own; a cell may declare its own type
/// of the same name, which then takes the place of the standard one, as a module's own type
/// shadows Swift's.
enum StandardPrelude {
    /// The file name in the prelude's locations, and the module its types print with.
    static let module = "Swift"
    /// The owner of its globals, as the resolver records owners (`file:lineOffset`).
    static let owner = "\(module):0"
    /// The names it declares: a cell whose text contains one needs the prelude first.
    static let names = ["Result"]

    static let source = """
        enum Result<Success, Failure: Error> {
            case success(Success)
            case failure(Failure)

            init(catching body: () throws(Failure) -> Success) {
                do { self = .success(try body()) } catch { self = .failure(error) }
            }

            func get() throws -> Success {
                switch self {
                case .success(let value): return value
                case .failure(let error): throw error
                }
            }

            func map<NewSuccess>(_ transform: (Success) -> NewSuccess) -> Result<NewSuccess, Failure> {
                switch self {
                case .success(let value): return .success(transform(value))
                case .failure(let error): return .failure(error)
                }
            }

            func mapError<NewFailure: Error>(_ transform: (Failure) -> NewFailure) -> Result<Success, NewFailure> {
                switch self {
                case .success(let value): return .success(value)
                case .failure(let error): return .failure(transform(error))
                }
            }

            func flatMap<NewSuccess>(_ transform: (Success) -> Result<NewSuccess, Failure>) -> Result<NewSuccess, Failure> {
                switch self {
                case .success(let value): return transform(value)
                case .failure(let error): return .failure(error)
                }
            }
        }
        """
}

extension Session {
    /// Declares the prelude's types in this session (see `StandardPrelude`), once, if `source`
    /// may use them.
    func declareStandardPrelude(before source: CellSource) {
        guard !hasStandardPrelude, StandardPrelude.names.contains(where: source.text.contains) else { return }
        hasStandardPrelude = true
        let module = interpreter.moduleName
        interpreter.moduleName = StandardPrelude.module
        defer { interpreter.moduleName = module }
        do {
            _ = try run(CellSource(StandardPrelude.source, file: StandardPrelude.module))
        } catch {
            preconditionFailure("the standard prelude does not compile: \(error)")
        }
    }
}
