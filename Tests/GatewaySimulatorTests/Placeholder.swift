// placeholder until the simulator tests land
