// A long linked list and deep (but bounded) recursion, as Swift runs them.
final class Node {
    let value: Int
    var next: Node?
    init(_ value: Int, next: Node?) { self.value = value; self.next = next }
}
var head: Node? = nil
for i in 0..<20_000 { head = Node(i, next: head) }
var length = 0
var cursor = head
while let node = cursor { length += 1; cursor = node.next }
print(length, head!.value)
head = nil
func depth(_ n: Int) -> Int { n == 0 ? 0 : 1 + depth(n - 1) }
print(depth(5_000))
