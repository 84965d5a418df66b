class Vehicle {
    let wheels: Int
    var speed = 0.0
    static var built = 0
    init(wheels: Int) {
        self.wheels = wheels
        Vehicle.built += 1
    }
    var summary: String { "\(wheels) wheels at \(speed) km/h" }
    func accelerate(by amount: Double) { speed += amount }
    func describe() -> String { "a vehicle with \(summary)" }
}

class Bicycle: Vehicle {
    var hasBell: Bool
    init(hasBell: Bool) {
        self.hasBell = hasBell
        super.init(wheels: 2)
    }
    override var summary: String { super.summary + (hasBell ? ", ring ring" : "") }
    override func accelerate(by amount: Double) {
        super.accelerate(by: min(amount, 10))
    }
}

final class Tandem: Bicycle {
    override func describe() -> String { "tandem: " + super.describe() }
}

let bike = Bicycle(hasBell: true)
bike.accelerate(by: 25)
print(bike.describe())
let tandem = Tandem(hasBell: false)
tandem.accelerate(by: 4)
tandem.accelerate(by: 4)
print(tandem.describe())
let fleet: [Vehicle] = [Vehicle(wheels: 4), bike, tandem]
for vehicle in fleet { print(vehicle.summary) }
print(Vehicle.built)
