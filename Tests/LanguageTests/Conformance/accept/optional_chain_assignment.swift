// Assignment and mutation through optional chaining and force unwrapping; a nil link skips the
// whole statement, right-hand side included.
var groups: [String: [Int]] = ["a": [1]]
groups["a"]?.append(2)
groups["b"]?.append(3)
groups["a"]!.append(4)
print(groups)
class Node { var value = 0; var next: Node?; var weight = 0.0 }
let n = Node()
n.next = Node()
n.next?.value = 5
n.next?.next?.value = 9
n.next?.weight = 2
print(n.next!.value, n.next!.weight, n.next?.next?.value as Any)
var arr: [Int]? = [1]
arr?.append(2)
arr! += [7]
print(arr!)
struct P { var x = 1.0; var tags: [String] = [] }
var maybe: P? = P()
maybe?.x += 1
maybe?.tags.append("t")
print(maybe!)
var none: P? = nil
func loud() -> Double { print("evaluated"); return 1 }
none?.x = loud()
print(none as Any)
var d2: [String: P] = ["k": P()]
d2["k"]?.x = 3
d2["z"]?.x = 4
print(d2["k"]!.x, d2.count)
