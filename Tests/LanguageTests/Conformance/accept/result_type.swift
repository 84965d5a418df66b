enum NetError: Error { case offline, timeout(seconds: Int) }
func fetch(_ ok: Bool) -> Result<Int, NetError> { ok ? .success(42) : .failure(.offline) }
switch fetch(true) {
case .success(let v): print("got", v)
case .failure(let e): print("err", e)
}
let r = fetch(false)
if case .failure(let e) = r { print(e) }
print((try? fetch(true).get()) ?? 0)
do { _ = try r.get() } catch { print("caught", error) }
print(fetch(true).map { $0 * 2 })
print(fetch(true).map { "\($0)" })
print(r.mapError { _ in NetError.timeout(seconds: 3) })
print(fetch(true).flatMap { $0 > 40 ? .success($0 + 1) : .failure(.offline) })
let results: [Result<Int, NetError>] = [.success(1), .failure(.offline), .success(3)]
let values = results.compactMap { try? $0.get() }
print(values)
print(r)
func risky(_ n: Int) throws -> Int { if n < 0 { throw NetError.timeout(seconds: n) }; return n }
let caught = Result<Int, NetError>.success(5)
print(caught)
struct ParseFailure: Error { let text: String }
func parse(_ text: String) -> Result<Int, ParseFailure> {
    guard let value = Int(text) else { return .failure(ParseFailure(text: text)) }
    return .success(value)
}
for text in ["12", "x"] {
    switch parse(text) {
    case .success(let n): print("parsed", n)
    case .failure(let failure): print("cannot parse", failure.text)
    }
}
let sum = ["1", "2", "3"].map(parse).compactMap { try? $0.get() }.reduce(0, +)
print(sum)
