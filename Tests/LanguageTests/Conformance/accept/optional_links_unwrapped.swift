// Valid neighbours of the optional-member rejections: links reached with ?., !, if let and ??.
final class Node {
    var value: Int
    var next: Node?
    init(value: Int, next: Node? = nil) {
        self.value = value
        self.next = next
    }
    func sum() -> Int { value + (next?.sum() ?? 0) }
}
let list = Node(value: 1, next: Node(value: 2))
print(list.next?.value ?? 0, list.next!.value, list.next?.next?.value as Any, list.sum())
if let second = list.next { print(second.value) }
var xs = [1]
xs += [2, 3]
xs += xs.filter { $0 > 1 }
print(xs, xs.contains(2), "abc".contains("b"))
