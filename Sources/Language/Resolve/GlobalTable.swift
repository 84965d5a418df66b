/// The global scope shared by all cells of a session: every top-level name a cell declares (or
/// the host sets), its slot, whether it is a `let`, and its current value.
final class GlobalTable {
    struct Entry {
        let index: Int
        var isLet: Bool
        /// The cell that declares the name (`file:lineOffset`), or "host" for names set by the host.
        var owner: String
        var loc: Loc
        var classDecl: ClassDecl?
        /// The static type the checker found for the name; nil while unknown (host values).
        var type: StaticType?
        /// The declaration of a top-level function, so calls can be checked against its parameters.
        var function: FunctionDecl?
    }

    private(set) var entries: [String: Entry] = [:]
    /// Extensions by the name of the type they extend, with the cell that declares each.
    var extensionsByType: [String: [(owner: String, decl: ClassDecl)]] = [:]
    /// Changes whenever a type or an extension is declared, so run-time member caches know to refresh.
    var generation = 0
    /// Values by slot; nil until the declaring cell has run (or the host restored the value).
    let values = GlobalValues()
    /// Top-level functions of one cell that share a name (`describe(_ x: Int)` and
    /// `describe(_ x: Double)`): the keys of their entries, the first under the name itself and the
    /// others under `name#2`, `name#3`, … The checker picks one at each call, as Swift does.
    var overloads: [String: [String]] = [:]
    /// Calls of methods that share a name and labels and differ in parameter types: the method the
    /// checker chose, by the call's member location.
    var methodChoices: [Loc: FunctionDecl] = [:]
    /// `x.map { … }` and `x.flatMap { … }` where the checker found `x` to be an optional, by the
    /// call's member location: the closure runs on the wrapped value, and nil stays nil.
    var optionalMappings: Set<Loc> = []
    /// Type aliases declared outside a type (`typealias Vector = [Double]`), with the type each
    /// stands for; lowering writes that type wherever a later cell names the alias.
    var typeAliases: [String: String] = [:]
    /// Functions and methods with `@autoclosure` parameters, for lowering their calls.
    var autoclosures = AutoclosureParameters()
    /// The getters, setters and observers of top-level computed and observed variables, by slot.
    var accessors: [Int: GlobalAccessors] = [:]

    func entry(_ name: String) -> Entry? { entries[name] }

    /// Declares `name` (or re-declares it for the same owner) and returns its slot.
    @discardableResult
    func declare(_ name: String, isLet: Bool, owner: String, loc: Loc, classDecl: ClassDecl? = nil) -> Int {
        if classDecl != nil { generation += 1 }
        if var existing = entries[name] {
            existing.isLet = isLet
            existing.owner = owner
            existing.loc = loc
            existing.classDecl = classDecl
            existing.type = nil
            existing.function = nil
            entries[name] = existing
            return existing.index
        }
        let index = values.appendSlot()
        entries[name] = Entry(index: index, isLet: isLet, owner: owner, loc: loc, classDecl: classDecl)
        return index
    }

    var names: [String] { entries.keys.sorted() }

    /// Records what the type checker learnt about a global.
    func setType(_ name: String, _ type: StaticType?, function: FunctionDecl? = nil) {
        entries[name]?.type = type
        entries[name]?.function = function
    }
}
