// Convenience initialisers are inherited by a subclass that implements every required designated one.
class Vehicle {
    let wheels: Int
    init(wheels: Int) { self.wheels = wheels }
    convenience init() { self.init(wheels: 4) }
}
print(Vehicle().wheels)
class V2 {
    let wheels: Int
    required init(wheels: Int) { self.wheels = wheels }
    convenience init() { self.init(wheels: 4) }
}
print(V2().wheels)
class B2: V2 { required init(wheels: Int) { super.init(wheels: wheels) } }
print(B2().wheels)
