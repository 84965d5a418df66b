/// What the cell cache needs from a session to restore values it cannot store as bytes: the
/// top-level classes and functions a cell declares (declared again from the cell's code) and
/// instances of script classes (rebuilt from their stored properties).
extension Session {
    /// The names of the classes and functions `cell` declares at its top level.
    public func topLevelDeclarations(of cell: CompiledCell) -> Set<String> {
        Set(cell.statements.compactMap { statement in
            switch statement {
            case .function(_, let decl): return decl.name
            case .classDeclaration(let decl): return decl.name.name
            default: return nil
            }
        })
    }

    /// Declares `name` again from `cell`'s top-level class or function declaration (every overload
    /// of a function), without running anything else of the cell (declaring has no effects beyond
    /// the name).
    public func redeclare(_ name: String, from cell: CompiledCell) throws {
        let interpreter = self.interpreter
        var found = false
        for statement in cell.statements {
            let declared: String
            switch statement {
            case .function(_, let decl): declared = decl.name
            case .classDeclaration(let decl): declared = decl.name.name
            default: continue
            }
            guard declared == name else { continue }
            do { _ = try interpreter.execute(statement) } catch let error as LocatedError { throw registry.languageError(error) }
            found = true
        }
        if found { return }
        throw BindingError("\(cell.source.file) does not declare \(name) at its top level")
    }

    /// A new instance of the script class `className` declared in this session, with `fields` as its
    /// stored properties and its host object made by the host base's factory; neither property
    /// initialisers nor `init` run. `fields` must name every stored property.
    public func restoredObject(className: String, fields: [String: Value]) throws -> ScriptObject {
        guard case .type(let type as ScriptClass)? = value(of: className), !type.decl.isStruct, !type.decl.isEnum else {
            throw BindingError("no class \(className) is declared")
        }
        guard Set(fields.keys) == Set(type.fieldNames) else {
            throw BindingError("\(className) has the stored properties \(type.fieldNames), the stored instance \(fields.keys.sorted())")
        }
        let object = ScriptObject(scriptClass: type, interpreter: interpreter)
        object.fields = type.fieldNames.map { fields[$0]! }
        if let factory = type.hostBase?.firstInChain({ $0.subclassFactory }) { object.hostObject = try factory(object) }
        return object
    }
}

extension Session {
    /// Whether `object`'s class is the one this session's global of that name holds, so that
    /// `restoredObject(className:fields:)` can rebuild the instance (not so for a nested type).
    public func declaresClass(of object: ScriptObject) -> Bool {
        guard case .type(let type as ScriptClass)? = value(of: object.className) else { return false }
        return type === object.scriptClass
    }
}

extension ScriptObject {
    /// How the host object behind this instance stores its own state, when its class derives from
    /// a host class that declares one.
    public var hostState: SubclassState? { scriptClass.hostBase?.firstInChain { $0.subclassState } }

    /// Whether this is an instance of a script class (not a struct or enum value).
    public var isClassInstance: Bool { !scriptClass.decl.isStruct && !scriptClass.decl.isEnum }
}
