struct Money { var cents: Int; static func + (a: Money, b: Money) -> Money { Money(cents: a.cents + b.cents) } }
var m = Money(cents: 5)
m += Money(cents: 1)
