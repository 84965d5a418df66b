// A data-structures tutorial: a generic binary search tree, sorting algorithms, a linked list, a bank account, memoised recursion.
final class TreeNode<T: Comparable> {
    var value: T
    var left: TreeNode?
    var right: TreeNode?
    init(_ value: T) { self.value = value }
    func insert(_ v: T) {
        if v < value { if let left { left.insert(v) } else { left = TreeNode(v) } }
        else { if let right { right.insert(v) } else { right = TreeNode(v) } }
    }
    func inorder() -> [T] { (left?.inorder() ?? []) + [value] + (right?.inorder() ?? []) }
    var height: Int { 1 + max(left?.height ?? 0, right?.height ?? 0) }
    func contains(_ v: T) -> Bool {
        if v == value { return true }
        return v < value ? left?.contains(v) ?? false : right?.contains(v) ?? false
    }
}
let root = TreeNode(50)
for v in [30, 70, 20, 40, 60, 80, 35] { root.insert(v) }
print(root.inorder(), root.height, root.contains(35), root.contains(36))
func bubbleSort<T: Comparable>(_ a: inout [T]) {
    guard a.count > 1 else { return }
    for i in 0..<a.count { for j in 0..<(a.count - 1 - i) where a[j] > a[j + 1] { a.swapAt(j, j + 1) } }
}
func quickSort<T: Comparable>(_ a: [T]) -> [T] {
    guard a.count > 1 else { return a }
    let pivot = a[a.count / 2]
    return quickSort(a.filter { $0 < pivot }) + a.filter { $0 == pivot } + quickSort(a.filter { $0 > pivot })
}
func mergeSort(_ a: [Int]) -> [Int] {
    guard a.count > 1 else { return a }
    let mid = a.count / 2
    let l = mergeSort(Array(a[..<mid])), r = mergeSort(Array(a[mid...]))
    var out: [Int] = []; var i = 0, j = 0
    while i < l.count && j < r.count { if l[i] <= r[j] { out.append(l[i]); i += 1 } else { out.append(r[j]); j += 1 } }
    return out + l[i...] + r[j...]
}
func binarySearch(_ a: [Int], _ t: Int) -> Int? {
    var lo = 0, hi = a.count - 1
    while lo <= hi { let mid = (lo + hi) / 2; if a[mid] == t { return mid } else if a[mid] < t { lo = mid + 1 } else { hi = mid - 1 } }
    return nil
}
var nums = [5, 2, 9, 1, 5, 6]
bubbleSort(&nums)
print(nums, quickSort([3, 1, 2, 3, 0]), mergeSort([9, 4, 7, 1, 8]), binarySearch(nums, 6) as Any, binarySearch(nums, 7) as Any)
var words = ["pear", "apple", "fig"]
bubbleSort(&words)
print(words)
indirect enum LinkedList<T> { case empty, node(T, LinkedList<T>)
    var count: Int { switch self { case .empty: return 0; case .node(_, let rest): return 1 + rest.count } }
    func toArray() -> [T] { switch self { case .empty: return []; case let .node(v, rest): return [v] + rest.toArray() } }
}
let list: LinkedList<Int> = .node(1, .node(2, .node(3, .empty)))
print(list.count, list.toArray())
enum BankError: Error { case insufficient(needed: Double) }
class BankAccount {
    private(set) var balance: Double = 0
    let owner: String
    static var count = 0
    init(owner: String) { self.owner = owner; BankAccount.count += 1 }
    func deposit(_ amount: Double) { guard amount > 0 else { return }; balance += amount }
    func withdraw(_ amount: Double) throws { guard amount <= balance else { throw BankError.insufficient(needed: amount - balance) }; balance -= amount }
}
let acct = BankAccount(owner: "Ann")
acct.deposit(100)
do { try acct.withdraw(150) } catch BankError.insufficient(let needed) { print("need", needed) }
try? acct.withdraw(30)
print(acct.balance, BankAccount.count, acct.owner)
var memo: [Int: Int] = [:]
func fibm(_ n: Int) -> Int { if let v = memo[n] { return v }; let r = n < 2 ? n : fibm(n - 1) + fibm(n - 2); memo[n] = r; return r }
print(fibm(80))
func gcd(_ a: Int, _ b: Int) -> Int { b == 0 ? a : gcd(b, a % b) }
let primes = (2...50).filter { n in (2..<n).allSatisfy { n % $0 != 0 } }
print(gcd(48, 18), primes, primes.reduce(0, +))
let matrix = [[1, 2], [3, 4]]
let product = matrix.map { row in (0..<2).map { c in zip(row, matrix.map { $0[c] }).map(*).reduce(0, +) } }
print(product)
