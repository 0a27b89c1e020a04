from .mail import RequestMail
from .pages import RequestPage
from .requests import Request
from .trajectories import Trajectory, TrajectoryStep

__all__ = ["Request", "RequestMail", "RequestPage", "Trajectory", "TrajectoryStep"]
