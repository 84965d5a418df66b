struct Key: Hashable {
    var id: Int
    var note: String
    static func == (a: Key, b: Key) -> Bool { a.id == b.id }
    func hash(into hasher: inout Hasher) { hasher.combine(id) }
}
var d: [Key: Int] = [:]
d[Key(id: 1, note: "a")] = 1
d[Key(id: 1, note: "b")] = 2
print(d.count, d[Key(id: 1, note: "zzz")]!)
let s: Set = [Key(id: 2, note: "x"), Key(id: 2, note: "y")]
print(s.count)
struct P: Hashable { var x: Int; var y: Int }
var m: [P: String] = [P(x: 1, y: 2): "a"]
m[P(x: 1, y: 2)] = "b"
print(m.count, m[P(x: 1, y: 2)]!)
enum E: Hashable { case a(Int), b }
var e: [E: Int] = [.a(1): 1, .b: 2]
e[.a(1)] = 5
print(e.count, e[.a(1)]!)
