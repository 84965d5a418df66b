import Foundation
struct Money: CustomStringConvertible {
    var cents: Int
    var description: String { "$\(cents / 100).\(String(format: "%02d", cents % 100))" }
}
func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) }
func * (a: Money, k: Int) -> Money { Money(cents: a.cents * k) }
func == (a: Money, b: Money) -> Bool { a.cents == b.cents }
func < (a: Money, b: Money) -> Bool { a.cents < b.cents }
struct Basket { var items: [Money] = [] }
func += (basket: inout Basket, item: Money) { basket.items.append(item) }
var basket = Basket()
basket += Money(cents: 250)
basket += Money(cents: 199) * 3
let total = basket.items.reduce(Money(cents: 0), +)
print(total, basket.items.count, Money(cents: 5) == Money(cents: 5), Money(cents: 1) < Money(cents: 2))
print(basket.items.max { $0 < $1 }!)
