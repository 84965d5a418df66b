import SwiftSyntax

/// The arguments of one call as written: labels, unlabelled arguments and trailing closures.
struct CallShape {
    struct Labelled {
        let label: String
        let node: Syntax
    }

    let node: FunctionCallExprSyntax
    /// Labelled arguments, additional trailing closures (`label: { }`) included.
    let labelled: [Labelled]
    let labels: ArgumentLabels

    init(_ node: FunctionCallExprSyntax) {
        self.node = node
        var labelled: [Labelled] = []
        var labels: [String?] = []
        var trailing: [Bool] = []
        for argument in node.arguments {
            if let label = argument.label { labelled.append(Labelled(label: label.text, node: Syntax(label))) }
            labels.append(argument.label?.text)
            trailing.append(false)
        }
        if node.trailingClosure != nil {
            labels.append(nil)
            trailing.append(true)
        }
        for closure in node.additionalTrailingClosures {
            labelled.append(Labelled(label: closure.label.text, node: Syntax(closure.label)))
            labels.append(closure.label.text)
            trailing.append(true)
        }
        self.labelled = labelled
        self.labels = ArgumentLabels(labels: labels, trailing: trailing)
    }

    func fits(_ signature: Signature) -> Bool { labels.fits(signature) }
    func mismatch(_ signature: Signature) -> [String] { labels.mismatch(signature) }
}

/// Every argument's label in order (trailing closures last) and which are trailing closures: what
/// matching a call to a library signature needs, from the syntax (`CallShape`) or the checked tree.
struct ArgumentLabels {
    let labels: [String?]
    let trailing: [Bool]

    /// Labels of labelled arguments and of additional trailing closures, in order.
    var labelled: [String] { labels.compactMap { $0 } }
    private var unlabelledCount: Int { zip(labels, trailing).filter { $0.0 == nil && !$0.1 }.count }
    private var trailingCount: Int { zip(labels, trailing).filter { $0.0 == nil && $0.1 }.count }

    /// Whether a call of `signature` with these arguments is accepted: by Swift's positional
    /// matching, or with the labelled arguments in any order (as library calls take them).
    func fits(_ signature: Signature) -> Bool {
        if signature.problem != nil { return true }
        if case .success = ArgumentMatching.match(signature.shapes, labels: labels, trailing: trailing, callee: "") { return true }
        return mismatch(signature).isEmpty
    }

    /// What keeps these arguments from fitting `signature`, labels in any order; empty when they fit.
    func mismatch(_ signature: Signature) -> [String] {
        var problems: [String] = []
        let parameters = signature.parameters
        let known = Set(parameters.compactMap(\.label))
        for label in labelled where !known.contains(label) {
            problems.append("no argument '\(label):'")
        }
        let given = Set(labelled)
        var closuresLeft = trailingCount
        for parameter in parameters where parameter.defaultValue == nil && !parameter.isVariadic {
            guard let label = parameter.label, !given.contains(label) else { continue }
            if parameter.isClosure, closuresLeft > 0 {
                closuresLeft -= 1
                continue
            }
            problems.append("missing argument '\(label):'")
        }
        let positional = parameters.filter { $0.label == nil }
        let required = positional.filter { $0.defaultValue == nil && !$0.isVariadic }
        let count = unlabelledCount + closuresLeft
        if count < required.count {
            problems.append("missing argument for parameter '\(required[count].name)'")
        } else if !positional.contains(where: \.isVariadic), count > positional.count {
            problems.append("takes \(positional.count) unlabelled \(positional.count == 1 ? "argument" : "arguments"), got \(count)")
        }
        return problems
    }
}

/// A name path written in the code: `plot`, `nn.Conv2d`, `torch.nn.functional.relu`.
enum StaticPath {
    /// The components of `expression` when it is a plain name or a chain of member names.
    static func of(_ expression: ExprSyntax) -> [String]? {
        if let reference = expression.as(DeclReferenceExprSyntax.self), reference.argumentNames == nil {
            return [reference.baseName.text]
        }
        if let member = expression.as(MemberAccessExprSyntax.self), let base = member.base,
           let prefix = of(base), member.declName.argumentNames == nil {
            return prefix + [member.declName.baseName.text]
        }
        return nil
    }

    /// The components of a written type that is a plain or qualified name (`Sequential`, `nn.Module`).
    static func of(typeName type: TypeSyntax) -> [String]? {
        if let simple = type.as(IdentifierTypeSyntax.self), simple.genericArgumentClause == nil { return [simple.name.text] }
        if let member = type.as(MemberTypeSyntax.self), member.genericArgumentClause == nil, let prefix = of(typeName: member.baseType) {
            return prefix + [member.name.text]
        }
        return nil
    }

    /// The first name of a path (`torch` in `torch.nn.Conv2d`).
    static func root(of expression: ExprSyntax) -> Syntax {
        if let member = expression.as(MemberAccessExprSyntax.self), let base = member.base { return root(of: base) }
        return Syntax(expression)
    }
}

/// Paths pasted from Python, with the package prefix Swift code here does without.
enum PythonPaths {
    /// Python packages whose members are global names or our namespaces here.
    static let packages: Set<String> = ["torch", "torchvision", "tf", "keras"]
    /// Package levels dropped on the way to our name (`torch.utils.data.DataLoader` → `DataLoader`).
    static let levels: Set<String> = ["torch", "torchvision", "tf", "keras", "utils", "data", "layers", "optimizers", "losses", "models"]

    /// Whether `path` starts with a Python package that neither the bindings nor the notebook define.
    static func isPythonPackage(_ path: [String], _ checker: LibraryCallChecker) -> Bool {
        guard path.count >= 2, let first = path.first, packages.contains(first) else { return false }
        return checker.bindings.members[first] == nil && !checker.userNames.contains(first)
    }

    /// Our spelling of a Python path (`torch.nn.functional.log_softmax` → `F.logSoftmax`,
    /// `torch.no_grad` → `noGrad { }`), or nil when there is none.
    static func swiftForm(of path: [String], _ checker: LibraryCallChecker) -> String? {
        guard let last = path.last else { return nil }
        if let form = SpellingSuggestions.pythonForm(of: last) { return form }
        return swiftPath(of: path, checker)?.joined(separator: ".")
    }

    /// The bound path a Python path stands for (`torch.utils.data.DataLoader` → `DataLoader`).
    static func swiftPath(of path: [String], _ checker: LibraryCallChecker) -> [String]? {
        var rest = Array(path.drop { levels.contains($0) })
        if rest.count >= 2, rest[0] == "nn", rest[1] == "functional" { rest = ["F"] + rest.dropFirst(2) }
        guard let last = rest.last else { return nil }
        let swiftLast = SpellingSuggestions.pythonForm(of: last).map { _ in "noGrad" } ?? SpellingSuggestions.camelCase(last) ?? last
        for candidate in [rest, rest.dropLast() + [swiftLast]] {
            if checker.boundValue(candidate) != nil { return candidate }
            if checker.boundValue(["Tensor"] + candidate) != nil { return ["Tensor"] + candidate }
        }
        return nil
    }
}
