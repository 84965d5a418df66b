/// Script enums: case values (`Shape.circle(radius: 2)`, `.north` where the checker knows the
/// enum), `rawValue`, `init?(rawValue:)`, `allCases`, equality and Swift's printing.
extension Interpreter {
    /// A static member of a script enum: a case without associated values, a case constructor, or
    /// `allCases`. The values made keep the generic arguments the context gave (`typeArguments`).
    func enumMember(_ scriptClass: ScriptClass, _ name: String, _ loc: Loc, typeArguments: [String]? = nil) throws -> Value? {
        let decl = scriptClass.decl
        guard decl.isEnum else { return nil }
        if name == "allCases" {
            return .array(decl.cases.indices.filter { decl.cases[$0].payloadLabels.isEmpty }.map { .object(enumValue(scriptClass, $0, [])) })
        }
        guard let index = decl.cases.firstIndex(where: { $0.name == name }) else { return nil }
        let labels = decl.cases[index].payloadLabels
        if labels.isEmpty { return .object(enumValue(scriptClass, index, [], typeArguments: typeArguments)) }
        let text = labels.enumerated().map { $1 ?? "_ value\($0)" }.joined(separator: ", ")
        let overload = HostOverload(name: name, signature: Signature(text)) { [unowned self] arguments in
            .object(enumValue(scriptClass, index, arguments.values, typeArguments: typeArguments))
        }
        return .function(Function(name: name, kind: .host([overload], receiver: nil)))
    }

    func enumValue(_ scriptClass: ScriptClass, _ index: Int, _ payload: [Value], typeArguments: [String]? = nil) -> ScriptObject {
        let value = ScriptObject(scriptClass: scriptClass, interpreter: self)
        value.caseIndex = index
        value.fields = payload
        value.writtenTypeArguments = typeArguments
        return value
    }

    /// `Planet(rawValue: 3)`: the case with that raw value, or nil.
    func enumFromRawValue(_ scriptClass: ScriptClass, _ arguments: CallArguments, _ loc: Loc) throws -> Value {
        guard arguments.labels == ["rawValue"], let raw = arguments.values.first else {
            throw LocatedError(.runtime, "\(scriptClass.name) can only be made with init(rawValue:)", loc)
        }
        for (index, enumCase) in scriptClass.decl.cases.enumerated() {
            if let value = enumCase.rawValue, try equal(value, raw, loc) { return .object(enumValue(scriptClass, index, [])) }
        }
        return .none
    }
}

extension ScriptObject {
    var isEnumValue: Bool { scriptClass.decl.isEnum && caseIndex >= 0 }

    var enumCase: EnumCase? { isEnumValue ? scriptClass.decl.cases[caseIndex] : nil }

    /// `circle(radius: 2.0)`; nested in a collection, Swift adds the module and type
    /// (`main.Shape.circle(radius: 2.0)`).
    func renderEnum(qualified: Bool) -> String {
        guard let enumCase else { return scriptClass.name }
        var text = qualified ? "\(typeDisplayName(qualified: true)).\(enumCase.name)" : enumCase.name
        if !fields.isEmpty {
            let parts = fields.enumerated().map { index, value in
                let label = index < enumCase.payloadLabels.count ? enumCase.payloadLabels[index] : nil
                return (label.map { "\($0): " } ?? "") + value.renderPart(as: index < enumCase.payloadTypes.count ? enumCase.payloadTypes[index] : nil)
            }
            text += "(" + parts.joined(separator: ", ") + ")"
        }
        return text
    }
}
