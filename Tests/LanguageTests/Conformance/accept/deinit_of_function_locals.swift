class T { let n: Int; init(_ n: Int) { self.n = n }; deinit { print("T", n, "gone") } }
func work(_ k: Int) -> Int {
    let local = T(k)
    return local.n * 2
}
print(work(1))
print("between")
print(work(2))
func recurse(_ n: Int) -> Int {
    let t = T(100 + n)
    if n == 0 { return t.n }
    return recurse(n - 1) + 0 * t.n
}
print(recurse(2))
print("end")
