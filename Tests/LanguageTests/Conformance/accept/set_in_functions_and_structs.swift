func evens(upTo n: Int) -> Set<Int> {
    var result: Set<Int> = []
    for i in stride(from: 0, through: n, by: 2) {
        result.insert(i)
    }
    return result
}
func overlap(_ a: Set<Int>, _ b: Set<Int>) -> Int {
    a.intersection(b).count
}
let small = evens(upTo: 10)
print(small.sorted(), overlap(small, [4, 5, 6, 7]))
print(overlap([1, 2], [2, 3]))
struct Tagged {
    var name: String
    var tags: Set<String> = []
    mutating func tag(_ t: String) {
        tags.insert(t)
    }
}
var item = Tagged(name: "photo")
item.tag("beach")
item.tag("sun")
item.tag("beach")
print(item.name, item.tags.count, item.tags.sorted())
let one: Set = ["only"]
print(one)
debugPrint(one)
print(Set<Int>(), [Set([1])])
let visited = Set([(0, 0), (0, 1), (0, 0)].map { "\($0.0),\($0.1)" })
print(visited.count, visited.contains("0,1"))
var seen = Set<Character>()
var firstRepeat: Character? = nil
for c in "swiftly" {
    if seen.contains(c) {
        firstRepeat = c
        break
    }
    seen.insert(c)
}
print(firstRepeat as Any, seen.count)
var dupes = Set<Character>()
for c in "programming" where !dupes.insert(c).inserted {
    print("repeat", c)
}
