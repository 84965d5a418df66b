final class EventBus {
    private var handlers: [String: [(String) -> Void]] = [:]
    func on(_ name: String, _ handler: @escaping (String) -> Void) { handlers[name, default: []].append(handler) }
    func emit(_ name: String, _ payload: String) { handlers[name]?.forEach { $0(payload) } }
}
let bus = EventBus(); var received: [String] = []
bus.on("msg") { received.append("A:" + $0) }; bus.on("msg") { received.append("B:" + $0) }
bus.emit("msg", "hi"); bus.emit("none", "x"); print(received)
enum Grade: Character { case a = "A", b = "B", f = "F" }
enum Scale: Double { case half = 0.5, double = 2 }
print(Grade(rawValue: "B")!, Grade.f.rawValue, Scale.double.rawValue * 3, Scale(rawValue: 0.5)!)
struct Temperature { static var unit = "C"; static var label: String { "degrees \(unit)" } }
Temperature.unit = "F"; print(Temperature.label)
extension Int { struct Digits { let n: Int; var count: Int { String(n).count } }; var digits: Digits { Digits(n: self) } }
print(12345.digits.count)
indirect enum List<T> { case empty, node(T, List<T>)
    func toArray() -> [T] { switch self { case .empty: return []; case let .node(v, rest): return [v] + rest.toArray() } } }
let list: List<Int> = .node(1, .node(2, .empty)); print(list.toArray())
enum Planet: String, CaseIterable { case mercury, venus, earth }
print(Planet.allCases.firstIndex(of: .venus)!, Planet.allCases.map(\.rawValue).joined(separator: ","))
class Counter { lazy var increment: () -> Int = { [unowned self] in self.count += 1; return self.count }; var count = 0 }
let counter = Counter(); _ = counter.increment(); print(counter.increment(), counter.count)
