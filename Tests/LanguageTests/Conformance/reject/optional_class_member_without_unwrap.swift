class Node {
    var value: Int
    var next: Node?
    init(value: Int) { self.value = value }
}
let n = Node(value: 1)
print(n.next.value)
