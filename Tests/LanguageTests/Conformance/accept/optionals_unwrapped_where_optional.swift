// Valid neighbours of the force-unwrap, if-let and nil rejections: every one of these may be nil.
let ages = ["ann": 31, "bob": 27]
let xs = [4, 8, 15]
let word = "swift"
print(ages["ann"]!, Int("42")!, Double("2.5")!, xs.first!, xs.last!, word.first!)
print(xs.max()!, xs.min()!, xs.firstIndex(of: 8)!, xs.randomElement() != nil, ages.keys.sorted().first!)
if let bob = ages["bob"], let n = Int("7") { print(bob + n) }
var maybe: Int? = 3
maybe = nil
print(maybe ?? -1)
func find(_ name: String) -> Int? {
    guard let age = ages[name] else { return nil }
    return age
}
let found: [Int?] = [find("ann"), nil, find("zed")]
print(found)
struct Node {
    var next: Int?
    var value: Int
}
let node = Node(next: nil, value: 1)
if let next = node.next { print(next) } else { print("end", node.value) }
print(node.next?.description ?? "none")
