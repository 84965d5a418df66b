let v = 2
choose: switch v {
case 2:
    for _ in 0..<2 { continue choose }
default: break
}
