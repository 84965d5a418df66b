func work(_ fail: Bool) throws -> Int {
    print("start")
    defer { print("first defer") }
    defer { print("second defer") }
    if fail { throw CancellationError() }
    print("end of body")
    return 1
}
struct CancellationError: Error {}
print(try work(false))
do { _ = try work(true) } catch { print("caught") }
for i in 0..<2 {
    defer { print("leaving iteration", i) }
    print("iteration", i)
}
