final class Node: Hashable {
    let name: String
    var visits = 0
    init(_ name: String) { self.name = name }
    static func == (a: Node, b: Node) -> Bool { a.name == b.name }
    func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
let a = Node("a")
var seen: Set<Node> = [a, Node("b")]
seen.insert(Node("a"))
print(seen.count, seen.contains(Node("b")))
var cost: [Node: Double] = [a: 1]
cost[Node("a")] = 2.5
print(cost.count, cost[a]!)
struct Version: Hashable, CustomStringConvertible {
    var major: Int
    var label: String
    var description: String { "v\(major)" }
    static func == (l: Version, r: Version) -> Bool { l.major == r.major }
    func hash(into hasher: inout Hasher) { hasher.combine(major) }
}
let versions: Set<Version> = [Version(major: 1, label: "x"), Version(major: 1, label: "y"), Version(major: 2, label: "z")]
print(versions.count, versions.sorted { $0.major < $1.major })
let byVersion = Dictionary(grouping: [Version(major: 1, label: "p"), Version(major: 1, label: "q")], by: { $0 })
print(byVersion.count, byVersion[Version(major: 1, label: "")]!.map { $0.label })
struct Wrapper: Hashable { var version: Version }
print(Set([Wrapper(version: Version(major: 3, label: "a")), Wrapper(version: Version(major: 3, label: "b"))]).count)
