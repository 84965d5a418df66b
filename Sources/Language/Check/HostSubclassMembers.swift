/// Members of script classes that derive from a subclassable library class
/// (`class Net: nn.Module { … }`). An instance answers with its own members first and hands
/// every other member to the host object behind it, so its members are the script chain's plus
/// the bound class's (and its bound superclasses'). Before anything runs, a name in neither
/// (`net.forwardd(x)`, `net.fc11`) is reported with the closest known name.
extension TypeChecker {
    /// The bound class at the root of a script class's superclass chain, when there is one.
    func hostBase(ofClass typeName: String) -> TypeBinding? {
        for source in globals.memberSources(of: typeName) {
            guard let superclass = classDecl(named: source)?.superclass,
                  case .type(let binding as TypeBinding)? = libraryValue(superclass) else { continue }
            return binding
        }
        return nil
    }

    /// `value of type 'Net' has no member 'forwardd'; did you mean 'forward'?` for an instance of
    /// a script subclass of a library class. Silent when the chain has no bound class, or when the
    /// notebook extends the bound class (its extension's members are not followed here).
    func requireHostSubclassMember(_ typeName: String, _ name: String, _ loc: Loc) {
        guard let base = hostBase(ofClass: typeName),
              !base.chain.contains(where: { !globals.extensions(of: $0.name).isEmpty || !globals.extensions(of: $0.staticName).isEmpty })
        else { return }
        let names = scriptMemberNames(typeName).union(base.instanceMemberNames)
        guard !names.contains(name) else { return }
        var message = "value of type '\(typeName)' has no member '\(name)'"
        if let suggestion = SpellingSuggestions.suggestion(for: name, among: names) { message += "; " + suggestion.fixIt() }
        error(message, loc)
    }

    /// The type of a property a script subclass inherits from its library class (`net.training`
    /// is a Bool); nil when the chain has no library class or it has no such property.
    func inheritedHostPropertyType(_ typeName: String, _ name: String) -> StaticType? {
        hostBase(ofClass: typeName)?.firstInChain { $0.propertyTypes[name] }.flatMap(bindings.staticType(ofHost:))
    }

    /// The instance members a script type declares, in its declaration, its superclasses, their
    /// extensions and the protocols they conform to.
    private func scriptMemberNames(_ typeName: String) -> Set<String> {
        var names: Set<String> = []
        for part in globals.memberSources(of: typeName).flatMap(globals.parts(of:)) {
            names.formUnion(part.properties.map(\.name.name))
            names.formUnion(part.methods.filter { !$0.isStatic }.map(\.name))
            names.formUnion(part.setters.keys)
        }
        return names
    }
}
