/// `Color.blue` or `.blue` where `Color` has no such case or static member: swiftc's
/// "type 'Color' has no member 'blue'", with the closest name as the fix.
extension TypeChecker {
    /// Reports `name` as missing from the script type `typeName` when it has no case, static
    /// member or nested type of that name and all its members are known.
    func requireStaticMember(_ typeName: String, _ name: String, _ loc: Loc) {
        guard let decl = classDecl(named: typeName), decl.name.name == typeName, !decl.isProtocol,
              !["init", "self", "Type", "allCases"].contains(name), decl.typeAliases[name] == nil,
              classDecl(named: typeName + "." + name) == nil, staticMember(ofType: typeName, name) == nil,
              hasKnownMembers(typeName) else { return }
        var message = "type '\(typeName)' has no member '\(name)'"
        let staticNames = globals.parts(of: typeName).flatMap { part in
            part.staticProperties.map(\.name.name) + part.methods.filter(\.isStatic).map(\.name)
        }
        if let suggestion = SpellingSuggestions.suggestion(for: name, among: Set(decl.cases.map(\.name) + staticNames)) {
            message += "; " + suggestion.fixIt()
        }
        error(message, loc)
    }
}
