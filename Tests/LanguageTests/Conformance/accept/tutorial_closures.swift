import Foundation
let names = ["Chris", "Alex", "Ewa", "Barry", "Daniella"]
var reversedNames = names.sorted(by: { (s1: String, s2: String) -> Bool in return s1 > s2 })
print(reversedNames)
reversedNames = names.sorted(by: >)
print(reversedNames)
let digitNames = [0: "Zero", 1: "One", 2: "Two", 3: "Three", 4: "Four", 5: "Five", 6: "Six", 7: "Seven", 8: "Eight", 9: "Nine"]
let numbers = [16, 58, 510]
let strings = numbers.map { (number) -> String in
    var number = number
    var output = ""
    repeat {
        output = digitNames[number % 10]! + output
        number /= 10
    } while number > 0
    return output
}
print(strings)
func makeIncrementer(forIncrement amount: Int) -> () -> Int {
    var runningTotal = 0
    func incrementer() -> Int {
        runningTotal += amount
        return runningTotal
    }
    return incrementer
}
let incrementByTen = makeIncrementer(forIncrement: 10)
print(incrementByTen(), incrementByTen())
var completionHandlers: [() -> Void] = []
func someFunctionWithEscapingClosure(completionHandler: @escaping () -> Void) {
    completionHandlers.append(completionHandler)
}
var x = 10
someFunctionWithEscapingClosure { x = 100 }
completionHandlers.first?()
print(x)
var customersInLine = ["Chris", "Alex", "Ewa", "Barry", "Daniella"]
let customerProvider = { customersInLine.remove(at: 0) }
print(customersInLine.count)
print("Now serving \(customerProvider())!")
func serve(customer customerProvider: @autoclosure () -> String) {
    print("Now serving \(customerProvider())!")
}
serve(customer: customersInLine.remove(at: 0))
let str = "Hello, playground"
print(str.uppercased(), str.lowercased(), str.hasPrefix("Hello"), str.contains("play"))
print(str.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
let formatted = String(format: "%.2f", 3.14159)
print(formatted)
print(str.replacingOccurrences(of: "playground", with: "world"))
let idx = str.firstIndex(of: ",")!
print(str[..<idx])
print(String(str.reversed()))
print(str.components(separatedBy: " "))
let multi = """
    Line one
    Line two
    """
print(multi)
print(Int("42") ?? 0, Double("3.5")!, Int("x") as Any)
var dict = ["a": 1]
dict["b", default: 0] += 2
for (k, v) in dict.sorted(by: { $0.key < $1.key }) { print(k, v) }
