/// What may be called, and how, in swiftc's words: a value of a non-function type
/// (`let x = 3; x()`) is not callable, a protocol has no initialisers (`P()`), an instance method
/// is not called on its type, an enum case takes its payload labels as declared, and a closure
/// value takes exactly the arguments its type has.
extension TypeChecker {
    /// A call of a value the checker knows fully (a number, a string, a collection of them, an
    /// optional): none of them is a function.
    func requireCallable(_ type: StaticType?, _ loc: Loc) {
        guard let type, type.isCertain else { return }
        error("cannot call value of non-function type '\(type)'", loc)
    }

    /// `P()` for a protocol `P`: only a conforming type can be made.
    func requireConstructible(_ decl: ClassDecl, _ loc: Loc) {
        guard decl.isProtocol else { return }
        error("'any \(decl.name.name)' cannot be constructed because it has no accessible initializers; "
              + "make a value of a type that conforms to '\(decl.name.name)'", loc)
    }

    /// `Shape.circle(r: 2)` for `case circle(radius: Double)`: an enum case's payload labels are
    /// written as declared.
    func requirePayloadLabels(_ enumCase: EnumCase, _ arguments: [Argument]) {
        guard arguments.count == enumCase.payloadLabels.count else { return }
        for (argument, label) in zip(arguments, enumCase.payloadLabels) where argument.label != label {
            let have = argument.label.map { "'\($0):'" } ?? "no label"
            let expected = label.map { "'\($0):'" } ?? "no label"
            return error("incorrect argument label in call (have \(have), expected \(expected))", argument.value.loc)
        }
    }

    /// `Model.train()` for an instance method `train`: it needs a value of the type.
    func requireStaticCallee(_ typeName: String, _ name: String, _ loc: Loc) {
        guard let decl = classDecl(named: typeName), decl.name.name == typeName, !decl.isProtocol,
              !decl.cases.contains(where: { $0.name == name }), let method = globals.member(name, of: typeName),
              !method.isStatic, !method.isComputedProperty else { return }
        error("instance member '\(name)' cannot be used on type '\(typeName)'; call it on a value ('\(typeName)(…).\(name)(…)')", loc)
    }

    /// A call of a closure value (`let f = { (a: Int) in … }; f(1, 2)`): closures take their
    /// arguments by position, exactly as many as their type has, each of its parameter's type.
    func checkClosureArguments(_ arguments: [Argument], parameters: [StaticType], _ loc: Loc) {
        for (index, argument) in arguments.enumerated() {
            let expected = index < parameters.count ? parameters[index] : nil
            requireConvertible(check(argument.value, expecting: expected), to: expected, argument.value, role: .argument)
        }
        if arguments.count > parameters.count {
            error("extra argument in call: the function takes \(parameters.count)", arguments[parameters.count].value.loc)
        } else if arguments.count < parameters.count {
            error("missing argument for parameter #\(arguments.count + 1) of type '\(parameters[arguments.count])' in call", loc)
        }
    }
}
