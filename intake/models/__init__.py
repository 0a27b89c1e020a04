from .keep_in_touch import KeepInTouch
from .mail import RequestMail
from .pages import RequestPage
from .requests import Request
from .trajectories import Trajectory, TrajectoryStep

__all__ = [
    "KeepInTouch",
    "Request",
    "RequestMail",
    "RequestPage",
    "Trajectory",
    "TrajectoryStep",
]
