import Report
import Language

/// `show(_:caption:)`, `show(markdown:)` and `table(...)`. (`print` is the standard library's; the
/// runner points the session's output at the running cell.)
///
///     show(plot(losses, title: "Loss"), caption: "Training loss")
///     show(markdown: "The model reached **\(accuracy)** accuracy.")
///     table([["Keras", kerasAccuracy], ["PyTorch", torchAccuracy]], header: ["model", "accuracy"])
///     table(["epochs": 5, "batch size": 32])
enum DisplayBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.function("show", "_ value: Any, caption: String? = nil") { a in
            try environment.cell.display(a["value"], caption: try a.optional("caption", as: String.self))
        }
        bindings.function("show", "markdown: String") { a in
            environment.cell.show(markdown: try a.string("markdown"))
        }
        bindings.function("table", "_ rows: [[Any]], header: [String] = [], caption: String? = nil") { a in
            let header = try a.get("header", as: [String].self)
            let caption = try a.optional("caption", as: String.self)
            if let named = Self.namedRows(a["rows"]) {
                return Table(caption: caption, header: header.isEmpty ? named.header : header, values: named.values)
            }
            return Table(caption: caption, header: header, values: try a.get("rows", as: [[Value]].self))
        }
        bindings.function("table", "_ entries: [String: Any], header: [String] = [], caption: String? = nil") { a in
            _ = try a.get("entries", as: [String: Value].self)
            guard case .dictionary(let dictionary) = a["entries"] else { return Table?.none }
            let header = try a.get("header", as: [String].self)
            return Table(caption: try a.optional("caption", as: String.self), header: header,
                                values: dictionary.entries.map { [$0.key, $0.value] }) as Table?
        }
    }
}

extension DisplayBindings {
    /// Rows that name their own columns: labelled tuples (`(day: 7, infected: 36)`) or instances
    /// of one struct or class (its stored properties). Nil when the rows are not all named alike.
    static func namedRows(_ rows: Value) -> (header: [String], values: [[Value]])? {
        guard case .array(let items) = rows, !items.isEmpty else { return nil }
        func fields(_ row: Value) -> (names: [String], values: [Value])? {
            switch row {
            case .tuple(let values, let labels):
                let names = labels.compactMap { $0 }
                return names.count == labels.count ? (names, values) : nil
            case .object(let object) where object.hostObject == nil:
                let properties = object.storedProperties
                return (properties.map(\.name), properties.map(\.value))
            default:
                return nil
            }
        }
        let named = items.compactMap(fields)
        guard named.count == items.count, let header = named.first?.names, named.allSatisfy({ $0.names == header }) else { return nil }
        return (header, named.map(\.values))
    }
}

/// `params.name`: the front matter's parameters after `-p` overrides, typed Int, Double, Bool or
/// String as declared.
enum ParamsBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.namespace("params") { params in
            for (name, value) in environment.parameters.sorted(by: { $0.key < $1.key }) {
                params.constant(name, value)
            }
        }
    }
}

/// `reportProgress(...)`: lets a cell's own training loop drive the live progress bar (and be
/// stopped by Ctrl-C or its timeout between batches):
///
///     for epoch in 1...epochs {
///         for (batch, (images, labels)) in trainLoader.enumerated() {
///             ...
///             reportProgress(epoch: epoch, epochs: epochs, batch: batch + 1, batches: trainLoader.count,
///                            loss: loss.item(), batchSize: 64)
///         }
///     }
enum ProgressBindings: BindingDomain {
    static func install(into bindings: Bindings, environment: NotebookEnvironment) {
        bindings.function("reportProgress", "epoch: Int, epochs: Int, batch: Int, batches: Int, loss: Double? = nil, accuracy: Double? = nil, batchSize: Int = 1") { a in
            try environment.cell.progress.progress(
                epoch: try a.int("epoch"), epochs: try a.int("epochs"), batch: try a.int("batch"),
                batches: try a.int("batches"), loss: try a.optional("loss", as: Double.self),
                accuracy: try a.optional("accuracy", as: Double.self), batchSize: try a.int("batchSize"))
        }
    }
}
