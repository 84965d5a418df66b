import Foundation
import Language

/// Before any cell runs, decides which cells can be restored and which must run, and why.
///
/// It walks the cells in order, computing each key from the tokens of the cells that last defined
/// the names it uses (a restorable cell's token is its entry's; a cell that must run gets a token
/// nothing matches, so its users must run too). Then it closes the decision over what running
/// cells need: when a cell that runs uses a value whose latest definer would be restored but whose
/// value has no snapshot (a function, a PyTorch module…) or whose blob is damaged, that definer
/// must run as well — repeated until nothing changes. The runner's pass then follows this plan.
struct CachePlanner {
    let store: CacheStore
    let keys: CellKeys
    let bindings: Bindings

    enum Decision {
        case restore(CacheEntry)
        case run(reason: String)
    }

    struct Plan {
        var decisions: [Decision?]
        /// The key each cell had while planning (the run recomputes it from what really changed).
        var keys: [String?]
        /// Blobs of values already read and found intact while planning (their bytes are not
        /// kept: the article's xTrain alone is 188 MB).
        var checkedBlobs: Set<String>
    }

    func plan(_ cells: [PlannedCell], facts: [CellDependencies?]) -> Plan {
        var decisions: [Decision?] = Array(repeating: nil, count: cells.count)
        var plannedKeys: [String?] = Array(repeating: nil, count: cells.count)
        var tokens: [String: String] = [:]
        var definer: [String: Int] = [:]
        var definerAtUse: [[String: Int]] = Array(repeating: [:], count: cells.count)
        for (index, planned) in cells.enumerated() {
            guard let fact = facts[index] else { continue }
            definerAtUse[index] = Dictionary(uniqueKeysWithValues: fact.uses.compactMap { name in definer[name].map { (name, $0) } })
            let key = keys.key(for: planned, facts: fact, tokens: tokens)
            let decision = keys.decide(planned, facts: fact, key: key, tokens: tokens)
            plannedKeys[index] = key
            decisions[index] = decision
            switch decision {
            case .restore(let entry):
                for name in entry.values.keys { tokens[name] = entry.token; definer[name] = index }
                for name in fact.declaresWithoutValue(in: entry) { tokens[name] = entry.token }
            case .run:
                for name in fact.declares + fact.mayMutate.sorted() { tokens[name] = "runs:\(key)"; definer[name] = index }
            }
        }
        var checked: Set<String> = []
        var changed = true
        while changed {
            changed = false
            for index in cells.indices {
                guard case .run? = decisions[index] else { continue }
                for (name, source) in definerAtUse[index].sorted(by: { $0.key < $1.key }) {
                    guard case .restore(let entry)? = decisions[source] else { continue }
                    if let problem = Self.problem(with: entry.values[name], store: store, bindings: bindings, checked: &checked) {
                        decisions[source] = .run(reason: "`\(name)` is needed by \(cells[index].cell.id), which runs, and \(problem)")
                        changed = true
                    }
                }
            }
        }
        return Plan(decisions: decisions, keys: plannedKeys, checkedBlobs: checked)
    }

    /// Why `stored` cannot be materialised, or nil when it can (a binding rebuilds each of its host
    /// values, and its blobs are read and checked).
    static func problem(with stored: StoredValue?, store: CacheStore, bindings: Bindings, checked: inout Set<String>) -> String? {
        switch stored {
        case .unavailable(let reason)?: return reason
        case nil: return nil
        case .snapshot(let snapshot)?:
            if let reason = snapshot.unrestorable(bindings: bindings) { return reason }
            for hash in snapshot.blobs where !checked.contains(hash) {
                guard store.blobIsIntact(hash) else { return "its stored value is missing or corrupt (blob \(hash.prefix(12)))" }
                checked.insert(hash)
            }
            return nil
        }
    }
}
