/// `T.init` written as a value (`temperatures.map(Reading.init)`, `zip(xs, ys).map(Point.init)`)
/// names one of `T`'s initialisers, labels and all, though none are written: Swift takes the
/// initialiser the context needs, and the function value is called without labels. Lowering
/// gives the closure `{ T($0) }`; for a type of the cell's own, this fits it to the initialiser
/// meant (the only one, else the only one taking one argument): `{ Reading(celsius: $0) }`, or
/// `{ Point(x: $0, y: $1) }`, which a pair splats into.
enum InitializerReferences {
    static func fitToInitializer(_ closure: FunctionDecl, _ globals: GlobalTable) {
        guard closure.body.count == 1, case .expression(.call(.name(let type), let arguments, let loc)) = closure.body[0],
              arguments.count == 1, let decl = globals.entry(type.name)?.classDecl else { return }
        let initializers = decl.initializers + globals.extensions(of: type.name).flatMap(\.initializers)
        let taking = { (count: Int) in initializers.filter { $0.parameters.filter { $0.defaultValue == nil }.count == count } }
        guard let initializer = initializers.count == 1 ? initializers[0] : (taking(1).count == 1 ? taking(1)[0] : nil),
              !initializer.parameters.contains(where: { $0.isVariadic || $0.isInout }) else { return }
        let parameters = initializer.parameters.filter { $0.defaultValue == nil }
        guard !parameters.isEmpty else { return }
        let names = parameters.indices.map { NameRef("$\($0)", loc) }
        closure.parameters = names.map { Parameter(label: nil, name: $0) }
        closure.body = [.expression(.call(.name(type), zip(parameters, names).map { Argument(label: $0.label, value: .name($1)) }, loc))]
    }
}
