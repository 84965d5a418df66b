var xs = [Int]()
xs.append(2.5)
