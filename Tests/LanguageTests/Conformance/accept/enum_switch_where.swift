enum Reading { case temperature(Double), pressure(Double), missing }
let readings: [Reading] = [.temperature(35), .temperature(-3), .pressure(1.2), .missing]
for reading in readings {
    switch reading {
    case .temperature(let t) where t > 30: print("hot", t)
    case .temperature(let t): print("temperature", t)
    case .pressure(let p): print("pressure", p)
    case .missing: print("no data")
    }
}
if case .pressure(let p) = readings[2] { print("found pressure", p) }
