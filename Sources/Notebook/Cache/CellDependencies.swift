import Language

/// The static facts the cache needs about each planned cell: its normalised code, the names it
/// uses — directly or through the functions and classes of other cells it calls — and the names
/// it may define, and the `params.name` it reads.
struct CellDependencies {
    let normalizedCode: String
    let codeHash: String
    let declares: [String]
    /// Names the cell reads or may change, closed over the global functions and classes it uses.
    let uses: [String]
    /// Names the cell may change (its own `mutates`, and those of the functions it calls).
    let mayMutate: Set<String>
    let parameters: [String]

    /// Facts for every cell of `plan`, in order (nil for cells that did not compile).
    static func analyze(_ plan: [PlannedCell]) -> [CellDependencies?] {
        var callableDeclarer: [String: (uses: Set<String>, mutates: Set<String>)] = [:]
        var result: [CellDependencies?] = []
        for planned in plan {
            guard case .compiled(let compiled) = planned.compilation else { result.append(nil); continue }
            let analysis = compiled.analysis
            let normalized = CodeNormalizer.normalized(planned.cell.code)
            let tokens = normalized.split(separator: " ").map(String.init)
            var uses = Set(analysis.reads).union(analysis.mutates)
            var mutates = Set(analysis.mutates)
            var frontier = Array(uses)
            var seen = Set<String>()
            while let name = frontier.popLast() {
                guard seen.insert(name).inserted, let callee = callableDeclarer[name] else { continue }
                for used in callee.uses where !uses.contains(used) { uses.insert(used); frontier.append(used) }
                mutates.formUnion(callee.mutates)
                uses.formUnion(callee.mutates)
            }
            let declaredCallables = analysis.declares.filter { name in
                zip(tokens, tokens.dropFirst()).contains { ($0 == "func" || $0 == "class") && $1 == name }
            } + analysis.declaresAccessors
            for name in declaredCallables {
                callableDeclarer[name] = (uses.union(analysis.declares).subtracting([name]), mutates)
            }
            result.append(CellDependencies(
                normalizedCode: normalized, codeHash: CacheStore.sha256(Array(normalized.utf8)),
                declares: analysis.declares, uses: uses.subtracting(analysis.declares).sorted(),
                mayMutate: mutates.subtracting(analysis.declares),
                parameters: ParameterReferences.read(by: compiled)))
        }
        return result
    }

    /// Names the cell declares that hold no value to store (a type alias, a computed variable):
    /// a later cell using one depends on the entry that declared it.
    func declaresWithoutValue(in entry: CacheEntry) -> [String] {
        declares.filter { entry.values[$0] == nil }
    }

    /// The options that change what a cell produces (its figure captions and alt text).
    static func resultOptions(_ options: CellOptions) -> [String] {
        ["caption=\(options.caption ?? "")", "alt=\(options.alt ?? "")"]
    }
}
